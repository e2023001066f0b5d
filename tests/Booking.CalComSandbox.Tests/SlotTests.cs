using System.Net;
using System.Text.Json.Nodes;
using Booking.CalComSandbox.Tests.Support;
using NUnit.Framework.Constraints;

namespace Booking.CalComSandbox.Tests;

public sealed class SlotTests : SandboxTestBase
{
    [Test]
    public async Task GetSlots_ForAroundTheClockEventType_ReturnsEveryHalfHourOfTheDay()
    {
        var data = await GetSlotsOkAsync($"eventTypeId={SeedIds.ThirtyMinutes}&start=2030-01-08&end=2030-01-08");

        var day = data["2030-01-08"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(data.AsObject(), Has.Count.EqualTo(1));
            Assert.That(day, Has.Count.EqualTo(48));
            Assert.That((string?)day[0]!["start"], Is.EqualTo("2030-01-08T00:00:00.000Z"));
            Assert.That((string?)day[47]!["start"], Is.EqualTo("2030-01-08T23:30:00.000Z"));
            Assert.That(day[0]!["end"], Is.Null);
        });
    }

    [Test]
    public async Task GetSlots_ForNewYorkWorkingHours_ReturnsLocalTimesWithOffsetInRequestedZone()
    {
        var data = await GetSlotsOkAsync(
            $"eventTypeId={SeedIds.NewYorkWorkingHours}&start=2030-01-07T00:00:00Z&end=2030-01-13T23:59:59Z&timeZone=America/New_York&format=range");

        Assert.Multiple(() =>
        {
            Assert.That(data.AsObject().Select(d => d.Key), Is.EqualTo(new[] { "2030-01-07", "2030-01-08", "2030-01-09", "2030-01-10", "2030-01-11" }));
            Assert.That(data["2030-01-07"]!.AsArray(), Has.Count.EqualTo(8));
            Assert.That((string?)data["2030-01-07"]![0]!["start"], Is.EqualTo("2030-01-07T09:00:00.000-05:00"));
            Assert.That((string?)data["2030-01-07"]![0]!["end"], Is.EqualTo("2030-01-07T10:00:00.000-05:00"));
            Assert.That((string?)data["2030-01-07"]![7]!["start"], Is.EqualTo("2030-01-07T16:00:00.000-05:00"));
        });
    }

    [Test]
    public async Task GetSlots_HidesBookedAndReservedTimes()
    {
        await CreateBookingOkAsync(BookingRequests.Valid("2030-01-08T10:00:00Z"));
        using (await ReserveAsync("2030-01-08T11:00:00Z"))
        {
        }

        var starts = (await GetSlotsOkAsync($"eventTypeId={SeedIds.ThirtyMinutes}&start=2030-01-08T09:00:00Z&end=2030-01-08T12:00:00Z"))
            ["2030-01-08"]!.AsArray().Select(s => (string?)s!["start"]);

        Assert.That(starts, Is.EqualTo(new[]
        {
            "2030-01-08T09:00:00.000Z", "2030-01-08T09:30:00.000Z", "2030-01-08T10:30:00.000Z", "2030-01-08T11:30:00.000Z", "2030-01-08T12:00:00.000Z",
        }));
    }

    [Test]
    public async Task GetSlots_WithDuration_UsesItForMultiLengthEventType()
    {
        var data = await GetSlotsOkAsync(
            $"eventTypeId={SeedIds.MultipleLengths}&start=2030-01-08T09:00:00Z&end=2030-01-08T10:00:00Z&duration=60&format=range");

        var first = data["2030-01-08"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)first["start"], Is.EqualTo("2030-01-08T09:00:00.000Z"));
            Assert.That((string?)first["end"], Is.EqualTo("2030-01-08T10:00:00.000Z"));
            Assert.That(data["2030-01-08"]!.AsArray(), Has.Count.EqualTo(5));
        });
    }

    [Test]
    public async Task GetSlots_SkipsThePast()
    {
        Clock.Set(new DateTimeOffset(2030, 1, 8, 22, 10, 0, TimeSpan.Zero));

        var data = await GetSlotsOkAsync($"eventTypeId={SeedIds.ThirtyMinutes}&start=2030-01-08&end=2030-01-08");

        Assert.That(data["2030-01-08"]!.AsArray().Select(s => (string?)s!["start"]), Is.EqualTo(new[] { "2030-01-08T22:30:00.000Z", "2030-01-08T23:00:00.000Z", "2030-01-08T23:30:00.000Z" }));
    }

    [Test]
    public async Task GetSlots_ForUnknownEventType_Returns404()
    {
        using var response = await GetSlotsAsync($"eventTypeId={SeedIds.Unknown}&start=2030-01-08&end=2030-01-08");

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.NotFound, "NotFoundException");
        Assert.That(message, Is.EqualTo("Event Type not found"));
    }

    private static IEnumerable<TestCaseData> InvalidQueries()
    {
        TestCaseData Case(string name, string query, IResolveConstraint message) =>
            new TestCaseData(query, message).SetArgDisplayNames(name);

        yield return Case("end before start", "start=2030-01-09&end=2030-01-08T00:00:00Z", Does.StartWith("Invalid time range given - "));
        yield return Case("unknown parameter", "start=2030-01-08&end=2030-01-08&startTime=x",
            Is.EqualTo("startTime property is wrong,property startTime should not exist "));
        yield return Case("no end", "start=2030-01-08", Does.StartWith("end property is wrong"));
    }

    [TestCaseSource(nameof(InvalidQueries))]
    public async Task GetSlots_WithInvalidQuery_Returns400WithCalComsMessage(string query, IResolveConstraint message)
    {
        using var response = await GetSlotsAsync($"eventTypeId={SeedIds.ThirtyMinutes}&{query}");

        Assert.That(await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "BadRequestException"), message);
    }

    [Test]
    public async Task ReserveSlot_WhenFree_Returns201Reservation()
    {
        using var response = await ReserveAsync("2030-01-08T10:00:00Z");
        var json = await ReadJsonAsync(response);
        var data = json["data"]!;

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), json.ToJsonString());
            Assert.That((int)data["eventTypeId"]!, Is.EqualTo(SeedIds.ThirtyMinutes));
            Assert.That((string?)data["slotStart"], Is.EqualTo("2030-01-08T10:00:00.000Z"));
            Assert.That((string?)data["slotEnd"], Is.EqualTo("2030-01-08T10:30:00.000Z"));
            Assert.That((int)data["slotDuration"]!, Is.EqualTo(30));
            Assert.That(Guid.TryParse((string?)data["reservationUid"], out _), Is.True);
            Assert.That((int)data["reservationDuration"]!, Is.EqualTo(5));
            Assert.That((string?)data["reservationUntil"], Is.EqualTo("2030-01-01T00:05:00.000Z"));
        });
    }

    [Test]
    public async Task ReserveSlot_WithReservationDurationAndKey_HoldsThatLong()
    {
        var body = new JsonObject { ["eventTypeId"] = SeedIds.ThirtyMinutes, ["slotStart"] = "2030-01-08T10:00:00Z", ["reservationDuration"] = 15 };

        using var response = await SendAsync(HttpMethod.Post, "/v2/slots/reservations", body, Versions.Slots, Server.ApiKey);
        var data = (await ReadJsonAsync(response))["data"]!;

        Assert.That((string?)data["reservationUntil"], Is.EqualTo("2030-01-01T00:15:00.000Z"));
    }

    [Test]
    public async Task ReserveSlot_WithReservationDurationAnonymously_Returns401()
    {
        var body = new JsonObject { ["eventTypeId"] = SeedIds.ThirtyMinutes, ["slotStart"] = "2030-01-08T10:00:00Z", ["reservationDuration"] = 15 };

        using var response = await SendAsync(HttpMethod.Post, "/v2/slots/reservations", body, Versions.Slots);

        await AssertEnvelopeAsync(response, HttpStatusCode.Unauthorized, "UnauthorizedException");
    }

    [Test]
    public async Task ReserveSlot_ForUnknownEventType_Returns404()
    {
        using var response = await ReserveAsync("2030-01-08T10:00:00Z", SeedIds.Unknown);

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.NotFound, "NotFoundException");
        Assert.That(message, Is.EqualTo($"Event Type with ID={SeedIds.Unknown} not found"));
    }

    [Test]
    public async Task ReserveSlot_WhenBooked_Returns422()
    {
        await CreateBookingOkAsync(BookingRequests.Valid("2030-01-08T10:00:00Z"));

        using var response = await ReserveAsync("2030-01-08T10:00:00Z");

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.UnprocessableEntity, "UnprocessableEntityException");
        Assert.That(message, Is.EqualTo("Can't reserve a slot if the event is already booked."));
    }

    [Test]
    public async Task ReserveSlot_WhenAlreadyReserved_Returns422()
    {
        using (await ReserveAsync("2030-01-08T10:00:00Z"))
        {
        }

        using var response = await ReserveAsync("2030-01-08T10:00:00Z");

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.UnprocessableEntity, "UnprocessableEntityException");
        Assert.That(message, Does.StartWith("This time slot is already reserved by another user."));
    }

    [Test]
    public async Task ReserveSlot_AfterPreviousHoldExpired_Succeeds()
    {
        using (await ReserveAsync("2030-01-08T10:00:00Z"))
        {
        }

        Clock.Advance(TimeSpan.FromMinutes(6));
        using var response = await ReserveAsync("2030-01-08T10:00:00Z");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task ReserveSlot_WithWrongTypes_Returns400BadRequestExceptionWithErrors()
    {
        var body = new JsonObject { ["eventTypeId"] = "abc", ["slotStart"] = "2030-01-08T10:00:00Z" };

        using var response = await SendAsync(HttpMethod.Post, "/v2/slots/reservations", body, Versions.Slots);
        var json = await ReadJsonAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)json["error"]!["message"], Is.EqualTo("Bad Request Exception"));
            Assert.That((string?)json["error"]!["details"]!["errors"]![0]!["property"], Is.EqualTo("eventTypeId"));
        });
    }

    [Test]
    public async Task ReservedSlot_DoesNotBlockCreateBooking()
    {
        using (await ReserveAsync("2030-01-08T10:00:00Z"))
        {
        }

        var booking = await CreateBookingOkAsync(BookingRequests.Valid("2030-01-08T10:00:00Z"));

        Assert.That((string?)booking["status"], Is.EqualTo("accepted"));
    }

    private Task<HttpResponseMessage> GetSlotsAsync(string query) =>
        SendAsync(HttpMethod.Get, "/v2/slots?" + query, version: Versions.Slots);

    private async Task<JsonNode> GetSlotsOkAsync(string query)
    {
        using var response = await GetSlotsAsync(query);
        var json = await ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        return json["data"]!;
    }

    private Task<HttpResponseMessage> ReserveAsync(string slotStart, int eventTypeId = SeedIds.ThirtyMinutes) =>
        SendAsync(HttpMethod.Post, "/v2/slots/reservations", new JsonObject { ["eventTypeId"] = eventTypeId, ["slotStart"] = slotStart }, Versions.Slots);
}
