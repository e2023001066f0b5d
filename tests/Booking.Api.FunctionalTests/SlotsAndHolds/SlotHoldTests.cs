using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Booking.Api.Errors;
using Booking.Api.FunctionalTests.Infrastructure;

namespace Booking.Api.FunctionalTests.SlotsAndHolds;

public sealed class SlotHoldTests : ApiFixture
{
    private async Task<JsonObject> HoldExpectingCreatedAsync(JsonObject body)
    {
        using var response = await Client.HoldAsync(body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), text);
        return JsonNode.Parse(text)!.AsObject();
    }

    private static DateTimeOffset Instant(JsonNode? text) => DateTimeOffset.Parse((string)text!, CultureInfo.InvariantCulture);

    [Test]
    public async Task Hold_Returns201WithTheHoldAndBooksNothing()
    {
        var body = LifecycleRequests.HoldBody();
        var bookingsBefore = await Factory.Sandbox.BookingCountAsync();

        var hold = await HoldExpectingCreatedAsync(body);

        Assert.Multiple(() =>
        {
            Assert.That(hold.Select(p => p.Key), Is.EqualTo(new[] { "holdId", "eventTypeId", "start", "end", "expiresAt" }));
            Assert.That((string?)hold["holdId"], Is.Not.Empty);
            Assert.That((string?)hold["eventTypeId"], Is.EqualTo("3139331"));
            Assert.That((string?)hold["start"], Is.EqualTo((string?)body["start"]));
            Assert.That(Instant(hold["end"]) - Instant(hold["start"]), Is.EqualTo(TimeSpan.FromMinutes(30)));
            Assert.That(Instant(hold["expiresAt"]), Is.GreaterThan(DateTimeOffset.UtcNow));
        });
        Assert.That(await Factory.Sandbox.BookingCountAsync(), Is.EqualTo(bookingsBefore), "a hold is not a booking");
    }

    [Test]
    public async Task Hold_SendsCalComTheReservationInTheSlotsVersion()
    {
        var body = LifecycleRequests.HoldBody();

        await HoldExpectingCreatedAsync(body);

        var sent = (await Factory.Sandbox.RequestsToAsync("POST", "/v2/slots/reservations")).Last();
        Assert.That((string?)sent["calApiVersion"], Is.EqualTo("2024-09-04"));
        Assert.That(JsonNode.Parse((string)sent["body"]!)!.ToJsonString(), Is.EqualTo($$"""{"eventTypeId":3139331,"slotStart":"{{body["start"]}}"}"""));
    }

    [Test]
    public async Task Hold_HidesTheSlotFromSlotSearches()
    {
        var body = LifecycleRequests.HoldBody();
        var start = Instant(body["start"]);
        await HoldExpectingCreatedAsync(body);

        using var response = await Client.FindSlotsAsync(
            $"eventTypeId=3139331&start={Slots.Format(start.UtcDateTime.AddHours(-1))}&end={Slots.Format(start.UtcDateTime.AddHours(1))}");

        var starts = (await response.ReadJsonAsync()).GetProperty("days").EnumerateArray()
            .SelectMany(day => day.GetProperty("slots").EnumerateArray()).Select(slot => slot.GetProperty("start").GetString());
        Assert.That(starts, Does.Not.Contain((string?)body["start"]).And.Not.Empty);
    }

    [Test]
    public async Task Hold_DoesNotStopABookingOfTheSameSlot()
    {
        var body = LifecycleRequests.HoldBody();
        await HoldExpectingCreatedAsync(body);
        var booking = Requests.ValidBody();
        booking["start"] = (string?)body["start"];
        booking["end"] = Slots.Format(Instant(body["start"]).UtcDateTime.AddMinutes(30));

        using var response = await Client.ReserveAsync(booking);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), "Cal.com's booking call ignores holds (CONTRACT §4)");
    }

    [Test]
    public async Task Hold_WithDuration_HoldsThatLength()
    {
        var body = LifecycleRequests.HoldBody("3139332");
        body["durationMinutes"] = 60;

        var hold = await HoldExpectingCreatedAsync(body);

        Assert.That(Instant(hold["end"]) - Instant(hold["start"]), Is.EqualTo(TimeSpan.FromMinutes(60)));
        var sent = JsonNode.Parse((string)(await Factory.Sandbox.RequestsToAsync("POST", "/v2/slots/reservations")).Last()["body"]!)!;
        Assert.That((int?)sent["slotDuration"], Is.EqualTo(60));
    }

    [Test]
    public async Task Hold_RepeatedWithTheSameIdempotencyKey_ReplaysTheHold()
    {
        var body = LifecycleRequests.HoldBody();

        using var first = await HoldWithKeyAsync(body, "hold-1042");
        using var second = await HoldWithKeyAsync(body, "hold-1042");

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created), await first.Content.ReadAsStringAsync());
        Assert.Multiple(async () =>
        {
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Created), "not 409: the slot is held by the first request");
            Assert.That(await second.Content.ReadAsStringAsync(), Is.EqualTo(await first.Content.ReadAsStringAsync()));
            Assert.That(second.Headers.GetValues("Idempotent-Replayed").Single(), Is.EqualTo("true"));
        });
    }

    private Task<HttpResponseMessage> HoldWithKeyAsync(JsonObject body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, LifecycleRequests.HoldsPath) { Content = Requests.Json(body) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return Client.SendAsync(request);
    }

    [Test]
    public async Task Hold_WhenSlotHeldAlready_Returns409SlotUnavailable()
    {
        var body = LifecycleRequests.HoldBody();
        await HoldExpectingCreatedAsync(body);

        using var response = await Client.HoldAsync(body);

        await response.AssertErrorAsync(HttpStatusCode.Conflict, ErrorTable.SlotUnavailable.Code);
    }

    [Test]
    public async Task Hold_WhenSlotBooked_Returns409SlotUnavailable()
    {
        var booked = await Client.BookAsync();

        using var response = await Client.HoldAsync(new JsonObject { ["eventTypeId"] = "3139331", ["start"] = booked["eventDetails"]!["start"]!.GetValue<string>() });

        var error = await response.AssertErrorAsync(HttpStatusCode.Conflict, ErrorTable.SlotUnavailable.Code);
        Assert.That(error.GetProperty("details").GetString(), Does.Contain("already booked"));
    }

    [Test]
    public async Task Hold_WhenEventTypeUnknown_Returns404EventTypeNotFound()
    {
        using var response = await Client.HoldAsync(LifecycleRequests.HoldBody("999999"));

        await response.AssertErrorAsync(HttpStatusCode.NotFound, ErrorTable.EventTypeNotFound.Code);
    }

    [Test]
    public async Task Hold_WhenDurationNotOfferedByEventType_Returns400()
    {
        var body = LifecycleRequests.HoldBody();
        body["durationMinutes"] = 45;

        using var response = await Client.HoldAsync(body);

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.MessageFor("durationMinutes"), Is.EqualTo("durationMinutes must be 30 minutes for event type 3139331; it is 45 minutes."));
    }

    [Test]
    public async Task Hold_WhenFieldsMissing_ListsThem()
    {
        using var response = await Client.HoldAsync(new JsonObject());

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.Fields(), Is.EquivalentTo(new[] { "eventTypeId", "start" }));
    }

    [Test]
    public async Task Hold_WhenStartInThePast_Returns400()
    {
        using var response = await Client.HoldAsync(new JsonObject { ["eventTypeId"] = "3139331", ["start"] = "2020-01-01T10:00:00Z" });

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.MessageFor("start"), Is.EqualTo("start must be in the future."));
    }

    [TestCase("reservationDuration", "10")]
    [TestCase("end", "\"2030-01-01T10:30:00Z\"")]
    public async Task Hold_WhenUnknownPropertySent_NamesIt(string property, string json)
    {
        var body = LifecycleRequests.HoldBody();
        body[property] = JsonNode.Parse(json);

        using var response = await Client.HoldAsync(body);

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.Fields(), Is.EqualTo(new[] { property }));
    }

    [Test]
    public async Task Hold_WhenDurationIsNotANumber_Returns400()
    {
        var body = LifecycleRequests.HoldBody();
        body["durationMinutes"] = true;

        using var response = await Client.HoldAsync(body);

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.MessageFor("durationMinutes"), Is.EqualTo("durationMinutes has the wrong JSON type; expected an integer."));
    }

    [Test]
    public async Task Hold_WhenCalComFails_Returns502AndIsNotRetried()
    {
        await Factory.Sandbox.InjectFaultAsync(new
        {
            method = "POST", path = "/v2/slots/reservations", kind = "status", status = 503,
            body = new { statusCode = 503, message = "Service Unavailable" },
        });
        var before = (await Factory.Sandbox.RequestsToAsync("POST", "/v2/slots/reservations")).Count;

        using var response = await Client.HoldAsync(LifecycleRequests.HoldBody());

        await response.AssertErrorAsync(HttpStatusCode.BadGateway, ErrorTable.UpstreamError.Code);
        Assert.That((await Factory.Sandbox.RequestsToAsync("POST", "/v2/slots/reservations")).Count, Is.EqualTo(before + 1));
    }
}
