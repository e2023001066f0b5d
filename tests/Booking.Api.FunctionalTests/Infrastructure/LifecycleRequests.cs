using System.Net;
using System.Text.Json.Nodes;

namespace Booking.Api.FunctionalTests.Infrastructure;

/// <summary>Calls of the lifecycle routes, and bodies that are valid by default.</summary>
public static class LifecycleRequests
{
    public const string SlotsPath = "/api/slots";
    public const string HoldsPath = "/api/slots/holds";

    public static string BookingPath(string reservationId) => $"/api/bookings/{reservationId}";

    /// <summary>Books a fresh slot through the API and returns the 201 body.</summary>
    public static async Task<JsonObject> BookAsync(this HttpClient client, string eventTypeId = "3139331", int minutes = 30)
    {
        using var response = await client.ReserveAsync(Requests.ValidBody(eventTypeId, minutes));
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), text);
        return JsonNode.Parse(text)!.AsObject();
    }

    public static Task<HttpResponseMessage> GetBookingAsync(this HttpClient client, string reservationId) =>
        client.GetAsync(BookingPath(reservationId));

    /// <summary>Without a body the request has none at all (no content type either).</summary>
    public static Task<HttpResponseMessage> CancelAsync(this HttpClient client, string reservationId, JsonNode? body = null) =>
        client.PostAsync(BookingPath(reservationId) + "/cancel", body is null ? null : Requests.Json(body));

    public static Task<HttpResponseMessage> RescheduleAsync(this HttpClient client, string reservationId, JsonNode body) =>
        client.PostAsync(BookingPath(reservationId) + "/reschedule", Requests.Json(body));

    /// <summary>A free slot that no other test uses.</summary>
    public static JsonObject RescheduleBody(int minutes = 30)
    {
        var (start, end) = Slots.Next(minutes);
        return new JsonObject { ["start"] = start, ["end"] = end };
    }

    public static Task<HttpResponseMessage> HoldAsync(this HttpClient client, JsonNode body) =>
        client.PostAsync(HoldsPath, Requests.Json(body));

    public static JsonObject HoldBody(string eventTypeId = "3139331") =>
        new() { ["eventTypeId"] = eventTypeId, ["start"] = Slots.Next().Start };

    public static Task<HttpResponseMessage> FindSlotsAsync(this HttpClient client, string query) =>
        client.GetAsync($"{SlotsPath}?{query}");

    /// <summary>The requests the sandbox received for <paramref name="method"/> on exactly <paramref name="path"/>.</summary>
    public static async Task<IReadOnlyList<JsonObject>> RequestsToAsync(this SandboxClient sandbox, string method, string path) =>
        (await sandbox.RequestsAsync()).Where(r => (string?)r["method"] == method && (string?)r["path"] == path).ToList();
}
