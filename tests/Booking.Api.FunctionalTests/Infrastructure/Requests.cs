using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Booking.Api.FunctionalTests.Infrastructure;

/// <summary>Builds reserve requests: a valid body by default, changed through <see cref="JsonObject"/> edits.</summary>
public static class Requests
{
    public const string ReservePath = "/api/slots/reserve";

    public static JsonObject ValidBody(string eventTypeId = "3139331", int minutes = 30)
    {
        var (start, end) = Slots.Next(minutes);
        return new JsonObject
        {
            ["eventTypeId"] = eventTypeId,
            ["start"] = start,
            ["end"] = end,
            ["attendee"] = new JsonObject { ["name"] = "Jane Smith", ["email"] = "jane.smith@example.com" },
            ["timezone"] = "America/New_York",
        };
    }

    public static StringContent Json(JsonNode body) => Json(body.ToJsonString());

    public static StringContent Json(string body) => new(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    public static Task<HttpResponseMessage> ReserveAsync(this HttpClient client, JsonNode body) =>
        client.PostAsync(ReservePath, Json(body));

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
