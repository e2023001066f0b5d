using System.Net;
using Booking.CalComSandbox.Tests.Support;

namespace Booking.CalComSandbox.Tests;

/// <summary>Cal.com silently serves its 2024-04-15 controllers when cal-api-version is missing or unknown.</summary>
public sealed class VersionFallbackTests : SandboxTestBase
{
    private const string Start = "2030-01-08T13:00:00Z";

    [TestCase(null)]
    [TestCase("2099-01-01")]
    public async Task CreateBooking_WithoutBookingsVersion_RejectsCurrentBodyAskingForResponses(string? version)
    {
        using var response = await SendAsync(HttpMethod.Post, "/v2/bookings", BookingRequests.Valid(Start), version);

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "BadRequestException");
        Assert.Multiple(() =>
        {
            Assert.That(message, Does.Contain("responses"));
            Assert.That(Server.BookingCount, Is.Zero);
        });
    }

    [Test]
    public async Task CreateBooking_WithoutVersionButLegacyBody_CreatesBookingInLegacyShape()
    {
        var legacyBody = new System.Text.Json.Nodes.JsonObject
        {
            ["start"] = Start,
            ["eventTypeId"] = SeedIds.ThirtyMinutes,
            ["timeZone"] = "Europe/Berlin",
            ["language"] = "en",
            ["metadata"] = new System.Text.Json.Nodes.JsonObject(),
            ["responses"] = new System.Text.Json.Nodes.JsonObject { ["name"] = "Ann", ["email"] = "ann@example.com" },
        };

        using var response = await SendAsync(HttpMethod.Post, "/v2/bookings", legacyBody);
        var data = (await ReadJsonAsync(response))["data"]!;

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((string?)data["status"], Is.EqualTo("ACCEPTED"));
            Assert.That((string?)data["startTime"], Is.EqualTo("2030-01-08T13:00:00.000Z"));
            Assert.That(data["start"], Is.Null);
        });
    }

    [Test]
    public async Task GetBooking_WithoutVersion_AnswersInLegacyShape()
    {
        var uid = (string)(await CreateBookingOkAsync(BookingRequests.Valid(Start)))["uid"]!;

        using var response = await SendAsync(HttpMethod.Get, $"/v2/bookings/{uid}");
        var data = (await ReadJsonAsync(response))["data"]!;

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)data["status"], Is.EqualTo("ACCEPTED"));
            Assert.That((string?)data["startTime"], Is.Not.Null);
            Assert.That(data["hosts"], Is.Null);
        });
    }

    [Test]
    public async Task CancelBooking_WithoutVersion_AnswersInLegacyShape()
    {
        var uid = (string)(await CreateBookingOkAsync(BookingRequests.Valid(Start)))["uid"]!;

        using var response = await SendAsync(HttpMethod.Post, $"/v2/bookings/{uid}/cancel", new System.Text.Json.Nodes.JsonObject());
        var data = (await ReadJsonAsync(response))["data"]!;

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)data["bookingUid"], Is.EqualTo(uid));
            Assert.That(data["status"], Is.Null);
        });
    }

    [Test]
    public async Task RescheduleBooking_WithoutVersion_Returns404CannotPost()
    {
        var uid = (string)(await CreateBookingOkAsync(BookingRequests.Valid(Start)))["uid"]!;

        using var response = await SendAsync(
            HttpMethod.Post, $"/v2/bookings/{uid}/reschedule", new System.Text.Json.Nodes.JsonObject { ["start"] = "2030-01-09T13:00:00Z" });
        var json = await ReadJsonAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((string?)json["message"], Is.EqualTo($"Cannot POST /v2/bookings/{uid}/reschedule"));
            Assert.That((string?)json["error"], Is.EqualTo("Not Found"));
            Assert.That((int)json["statusCode"]!, Is.EqualTo(404));
        });
    }

    [Test]
    public async Task GetSlots_WithBookingsVersion_Returns404CannotGet()
    {
        var query = $"/v2/slots?eventTypeId={SeedIds.ThirtyMinutes}&start=2030-01-08&end=2030-01-08";

        using var response = await SendAsync(HttpMethod.Get, query, version: Versions.Bookings);
        var json = await ReadJsonAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((string?)json["message"], Is.EqualTo($"Cannot GET {query}"));
        });
    }

    [Test]
    public async Task ReserveSlot_WithoutVersion_Returns404CannotPost()
    {
        var body = new System.Text.Json.Nodes.JsonObject { ["eventTypeId"] = SeedIds.ThirtyMinutes, ["slotStart"] = Start };

        using var response = await SendAsync(HttpMethod.Post, "/v2/slots/reservations", body);
        var json = await ReadJsonAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((string?)json["message"], Is.EqualTo("Cannot POST /v2/slots/reservations"));
        });
    }

    [Test]
    public async Task GetEventType_WithoutVersion_ReturnsLegacyPayloadWithLength()
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v2/event-types/{SeedIds.MultipleLengths}", apiKey: Server.ApiKey);
        var data = (await ReadJsonAsync(response))["data"]!;

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((int)data["eventType"]!["length"]!, Is.EqualTo(30));
            Assert.That(data["eventType"]!["lengthInMinutes"], Is.Null);
            Assert.That(data["lengthInMinutes"], Is.Null);
        });
    }
}
