using System.Net;
using Booking.CalComSandbox.Tests.Support;

namespace Booking.CalComSandbox.Tests;

public sealed class EventTypeTests : SandboxTestBase
{
    [Test]
    public async Task GetEventType_WithSandboxKey_ReturnsEventTypeOutput()
    {
        var data = await GetOkAsync(SeedIds.ThirtyMinutes);

        Assert.Multiple(() =>
        {
            Assert.That((int)data["id"]!, Is.EqualTo(SeedIds.ThirtyMinutes));
            Assert.That((int)data["lengthInMinutes"]!, Is.EqualTo(30));
            Assert.That((string?)data["title"], Is.EqualTo("30 Min Meeting"));
            Assert.That((string?)data["slug"], Is.EqualTo("30min"));
            Assert.That(data["lengthInMinutesOptions"], Is.Null);
            Assert.That((int)data["ownerId"]!, Is.EqualTo(1001));
            Assert.That(data["users"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(data["bookingFields"]!.AsArray().Select(f => (string?)f!["slug"]), Does.Contain("name").And.Contain("email"));
        });
    }

    [Test]
    public async Task GetEventType_WithMultipleLengths_ListsTheOptions()
    {
        var data = await GetOkAsync(SeedIds.MultipleLengths);

        Assert.That(data["lengthInMinutesOptions"]!.AsArray().Select(n => (int)n!), Is.EqualTo(new[] { 15, 30, 60 }));
    }

    [Test]
    public async Task GetEventType_WithLocations_ListsTheirTypes()
    {
        var data = await GetOkAsync(SeedIds.RequiresLocation);

        Assert.That(data["locations"]!.AsArray().Select(l => (string?)l!["type"]), Is.EqualTo(new[] { "address", "link", "attendeeDefined" }));
    }

    [Test]
    public async Task GetEventType_WhenUnknown_Returns404()
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v2/event-types/{SeedIds.Unknown}", version: Versions.EventTypes, apiKey: Server.ApiKey);

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.NotFound, "NotFoundException");
        Assert.That(message, Is.EqualTo($"Event type with id {SeedIds.Unknown} not found"));
    }

    private async Task<System.Text.Json.Nodes.JsonNode> GetOkAsync(int id)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v2/event-types/{id}", version: Versions.EventTypes, apiKey: Server.ApiKey);
        var json = await ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        return json["data"]!;
    }
}
