using System.Net;
using System.Text.Json.Nodes;
using Booking.CalComSandbox.Tests.Support;
using Booking.TestSupport;

namespace Booking.CalComSandbox.Tests;

/// <summary>Every success body the sandbox produces must satisfy the matching response schema of Cal.com's own OpenAPI file.</summary>
public sealed class ContractTests : SandboxTestBase
{
    private const string Start = "2030-01-08T15:00:00Z";

    private CalComOpenApi _spec = null!;

    [OneTimeSetUp]
    public void LoadCalComSpec() => _spec = CalComOpenApi.LoadOrIgnore();

    [TestCase(SeedIds.ThirtyMinutes)]
    [TestCase(SeedIds.MultipleLengths)]
    [TestCase(SeedIds.RequiresConfirmation)]
    [TestCase(SeedIds.NewYorkWorkingHours)]
    [TestCase(SeedIds.RequiresLocation)]
    [TestCase(SeedIds.RequiredBookingField)]
    public async Task CreateBooking_Response_MatchesCreateBookingOutputSchema(int eventTypeId)
    {
        var request = BookingRequests.Valid(Start, eventTypeId)
            .With("guests", new JsonArray("guest@example.com"))
            .With("metadata", new JsonObject { ["orderId"] = "A-1" })
            .With("bookingFieldsResponses", new JsonObject { ["company"] = "Acme", ["notes"] = "Hello" })
            .WithAttendee("phoneNumber", "+442071234567");

        using var response = await CreateBookingAsync(request);

        await AssertMatchesAsync(response, HttpStatusCode.Created, "CreateBookingOutput_2024_08_13");
    }

    [Test]
    public async Task GetBooking_Response_MatchesGetBookingOutputSchema()
    {
        var uid = await CreateAsync();

        using var response = await SendAsync(HttpMethod.Get, $"/v2/bookings/{uid}", version: Versions.Bookings);

        await AssertMatchesAsync(response, HttpStatusCode.OK, "GetBookingOutput_2024_08_13");
    }

    [Test]
    public async Task ListBookings_Response_MatchesGetBookingsOutputSchema()
    {
        await CreateAsync();
        await CreateBookingOkAsync(BookingRequests.Valid("2030-01-09T15:00:00Z", SeedIds.RequiresConfirmation));

        using var response = await SendAsync(HttpMethod.Get, "/v2/bookings?take=1", version: Versions.Bookings, apiKey: Server.ApiKey);

        await AssertMatchesAsync(response, HttpStatusCode.OK, "GetBookingsOutput_2024_08_13");
    }

    [Test]
    public async Task CancelBooking_Response_MatchesCancelBookingOutputSchema()
    {
        var uid = await CreateAsync();

        using var response = await SendAsync(
            HttpMethod.Post, $"/v2/bookings/{uid}/cancel", new JsonObject { ["cancellationReason"] = "No longer needed" }, Versions.Bookings, Server.ApiKey);

        await AssertMatchesAsync(response, HttpStatusCode.OK, "CancelBookingOutput_2024_08_13");
    }

    [Test]
    public async Task RescheduleBooking_Response_MatchesRescheduleBookingOutputSchema()
    {
        var uid = await CreateAsync();

        using var response = await SendAsync(
            HttpMethod.Post,
            $"/v2/bookings/{uid}/reschedule",
            new JsonObject { ["start"] = "2030-01-09T15:00:00Z", ["reschedulingReason"] = "Clash", ["rescheduledBy"] = "ann@example.com" },
            Versions.Bookings);

        await AssertMatchesAsync(response, HttpStatusCode.Created, "RescheduleBookingOutput_2024_08_13");
    }

    [TestCase("time")]
    [TestCase("range")]
    public async Task GetSlots_Data_MatchesSlotsSchema(string format)
    {
        using var response = await SendAsync(
            HttpMethod.Get,
            $"/v2/slots?eventTypeId={SeedIds.NewYorkWorkingHours}&start=2030-01-07&end=2030-01-09&timeZone=Europe/Berlin&format={format}",
            version: Versions.Slots);
        var json = await ReadJsonAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)json["status"], Is.EqualTo("success"));
        });
        AssertValid(CalComOpenApi.SlotsDataSchema, json["data"]!);
    }

    [Test]
    public async Task ReserveSlot_Response_MatchesReserveSlotOutputSchema()
    {
        using var response = await SendAsync(
            HttpMethod.Post, "/v2/slots/reservations", new JsonObject { ["eventTypeId"] = SeedIds.ThirtyMinutes, ["slotStart"] = Start }, Versions.Slots);

        await AssertMatchesAsync(response, HttpStatusCode.Created, "ReserveSlotOutputResponse_2024_09_04");
    }

    [TestCase(SeedIds.ThirtyMinutes)]
    [TestCase(SeedIds.MultipleLengths)]
    [TestCase(SeedIds.RequiresConfirmation)]
    [TestCase(SeedIds.NewYorkWorkingHours)]
    [TestCase(SeedIds.RequiresLocation)]
    [TestCase(SeedIds.RequiredBookingField)]
    public async Task GetEventType_Response_MatchesGetEventTypeOutputSchema(int eventTypeId)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v2/event-types/{eventTypeId}", version: Versions.EventTypes, apiKey: Server.ApiKey);

        await AssertMatchesAsync(response, HttpStatusCode.OK, "GetEventTypeOutput_2024_06_14");
    }

    [Test]
    public async Task Validator_RejectsABookingThatBreaksTheSchema()
    {
        var uid = await CreateAsync();
        using var response = await SendAsync(HttpMethod.Get, $"/v2/bookings/{uid}", version: Versions.Bookings);
        var json = await ReadJsonAsync(response);
        json["data"]!["status"] = "booked";
        json["data"]!.AsObject().Remove("hosts");

        var results = _spec.Validate("GetBookingOutput_2024_08_13", json);

        Assert.That(results.IsValid, Is.False);
    }

    private async Task<string> CreateAsync() => (string)(await CreateBookingOkAsync(BookingRequests.Valid(Start)))["uid"]!;

    private async Task AssertMatchesAsync(HttpResponseMessage response, HttpStatusCode expectedStatus, string schemaName)
    {
        var json = await ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(expectedStatus), json.ToJsonString());
        AssertValid(schemaName, json);
    }

    private void AssertValid(string schemaName, JsonNode instance)
    {
        var results = _spec.Validate(schemaName, instance);
        Assert.That(results.IsValid, Is.True, $"{schemaName}:{Environment.NewLine}{CalComOpenApi.Describe(results)}{Environment.NewLine}{instance.ToJsonString()}");
    }
}
