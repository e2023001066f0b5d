using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Booking.Api.FunctionalTests.Infrastructure;

/// <summary>Talks to the sandbox's test-only routes: fault injection, reset, request log and booking count.</summary>
public sealed class SandboxClient(Uri baseAddress)
{
    private static readonly HttpClient Http = new();

    public async Task InjectFaultAsync(object fault)
    {
        using var response = await Http.PostAsJsonAsync(new Uri(baseAddress, "_sandbox/faults"), fault);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The next read of <paramref name="uid"/> answers as Cal.com does for a recurring series: its occurrences.</summary>
    public Task ServeAsRecurringSeriesAsync(string uid) => InjectFaultAsync(new
    {
        method = "GET", path = $"/v2/bookings/{uid}", kind = "status", status = 200,
        body = new { status = "success", data = new[] { new { uid = "occurrence01" }, new { uid = "occurrence02" } } },
    });

    /// <summary>How many injected faults are still waiting for a matching request.</summary>
    public async Task<int> PendingFaultCountAsync()
    {
        var body = await Http.GetFromJsonAsync<JsonNode>(new Uri(baseAddress, "_sandbox/faults"));
        var faults = body as JsonArray ?? body?["faults"]?.AsArray() ?? [];
        return faults.Count;
    }

    public async Task ResetAsync()
    {
        using var response = await Http.PostAsync(new Uri(baseAddress, "_sandbox/reset"), null);
        response.EnsureSuccessStatusCode();
    }

    public async Task<int> BookingCountAsync()
    {
        var body = await Http.GetFromJsonAsync<JsonElement>(new Uri(baseAddress, "_sandbox/bookings/count"));
        return body.GetProperty("count").GetInt32();
    }

    /// <summary>The requests the sandbox received, oldest first.</summary>
    public async Task<IReadOnlyList<JsonObject>> RequestsAsync()
    {
        var body = await Http.GetFromJsonAsync<JsonNode>(new Uri(baseAddress, "_sandbox/requests"));
        var entries = body is JsonArray array ? array : body?["requests"]?.AsArray() ?? [];
        return entries.Select(entry => entry!.AsObject()).ToList();
    }

    public async Task<JsonObject> LastBookingPostAsync()
    {
        var requests = await RequestsAsync();
        return requests.Last(r => (string?)r["method"] == "POST" && (string?)r["path"] == "/v2/bookings");
    }
}
