using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Booking.Api.Errors;
using Booking.Api.FunctionalTests.Infrastructure;

namespace Booking.Api.FunctionalTests.Bookings;

public sealed class RescheduleBookingTests : ApiFixture
{
    private async Task<string> BookAsync(string eventTypeId = "3139331") =>
        (string)(await Client.BookAsync(eventTypeId))["reservationId"]!;

    private async Task<JsonObject> RescheduleExpectingCreatedAsync(string id, JsonObject body)
    {
        using var response = await Client.RescheduleAsync(id, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), text);
        return JsonNode.Parse(text)!.AsObject();
    }

    private async Task<JsonObject> ReadAsync(string id)
    {
        using var response = await Client.GetBookingAsync(id);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    [Test]
    public async Task Reschedule_Returns201WithTheNewBookingNamingTheOldOne()
    {
        var created = await Client.BookAsync();
        var oldId = (string)created["reservationId"]!;
        var body = LifecycleRequests.RescheduleBody();

        using var response = await Client.RescheduleAsync(oldId, body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var moved = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var newId = (string)moved["reservationId"]!;
        Assert.Multiple(() =>
        {
            Assert.That(moved.Select(p => p.Key), Is.EqualTo(new[] { "reservationId", "status", "eventDetails", "attendee", "rescheduledFrom" }));
            Assert.That(newId, Is.Not.EqualTo(oldId), "Cal.com issues a new id");
            Assert.That((string?)moved["rescheduledFrom"], Is.EqualTo(oldId));
            Assert.That((string?)moved["status"], Is.EqualTo("confirmed"));
            Assert.That(moved["eventDetails"]!.ToJsonString(), Is.EqualTo(
                $$"""{"start":"{{body["start"]}}","end":"{{body["end"]}}","eventTypeId":"3139331"}"""));
            Assert.That(moved["attendee"]!.ToJsonString(), Is.EqualTo(created["attendee"]!.ToJsonString()));
            Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/bookings/{newId}"));
        });
    }

    [Test]
    public async Task Reschedule_LeavesTheOldBookingCancelledAndPointingAtTheNewOne()
    {
        var oldId = await BookAsync();

        var newId = (string)(await RescheduleExpectingCreatedAsync(oldId, LifecycleRequests.RescheduleBody()))["reservationId"]!;

        var old = await ReadAsync(oldId);
        var replacement = await ReadAsync(newId);
        Assert.Multiple(() =>
        {
            Assert.That((string?)old["status"], Is.EqualTo("cancelled"));
            Assert.That((string?)old["rescheduledTo"], Is.EqualTo(newId));
            Assert.That((string?)replacement["rescheduledFrom"], Is.EqualTo(oldId));
        });
    }

    [Test]
    public async Task Reschedule_SendsCalComTheNewStartAndTheReason()
    {
        var id = await BookAsync();
        var body = LifecycleRequests.RescheduleBody();
        body["reason"] = "Clash with another meeting";

        await RescheduleExpectingCreatedAsync(id, body);

        var sent = (await Factory.Sandbox.RequestsToAsync("POST", $"/v2/bookings/{id}/reschedule")).Single();
        Assert.That((string?)sent["calApiVersion"], Is.EqualTo("2024-08-13"));
        Assert.That(JsonNode.Parse((string)sent["body"]!)!.ToJsonString(),
            Is.EqualTo($$"""{"start":"{{body["start"]}}","reschedulingReason":"Clash with another meeting"}"""));
    }

    [Test]
    public async Task Reschedule_WhenHostMustConfirm_ReturnsThePendingNewBooking()
    {
        var id = await BookAsync("3139333");

        var moved = await RescheduleExpectingCreatedAsync(id, LifecycleRequests.RescheduleBody());

        Assert.That((string?)moved["status"], Is.EqualTo("pending"));
    }

    [Test]
    public async Task Reschedule_RepeatedWithTheSameIdempotencyKey_ReplaysTheNewBookingAndMovesItOnce()
    {
        var id = await BookAsync();
        var body = LifecycleRequests.RescheduleBody();

        using var first = await RescheduleWithKeyAsync(id, body, "move-1042");
        using var second = await RescheduleWithKeyAsync(id, body, "move-1042");

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created), await first.Content.ReadAsStringAsync());
        Assert.Multiple(async () =>
        {
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Created), "not 409: the old booking is cancelled by now");
            Assert.That(await second.Content.ReadAsStringAsync(), Is.EqualTo(await first.Content.ReadAsStringAsync()));
            Assert.That(second.Headers.GetValues("Idempotent-Replayed").Single(), Is.EqualTo("true"));
            Assert.That(await Factory.Sandbox.RequestsToAsync("POST", $"/v2/bookings/{id}/reschedule"), Has.Count.EqualTo(1));
        });
    }

    private Task<HttpResponseMessage> RescheduleWithKeyAsync(string id, JsonObject body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, LifecycleRequests.BookingPath(id) + "/reschedule") { Content = Requests.Json(body) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return Client.SendAsync(request);
    }

    [Test]
    public async Task Reschedule_WhenUnknown_Returns404WithoutAskingCalComToReschedule()
    {
        using var response = await Client.RescheduleAsync("doesNotExist42", LifecycleRequests.RescheduleBody());

        await response.AssertErrorAsync(HttpStatusCode.NotFound, ErrorTable.BookingNotFound.Code);
        Assert.That(await Factory.Sandbox.RequestsToAsync("POST", "/v2/bookings/doesNotExist42/reschedule"), Is.Empty,
            "Cal.com answers an unknown id here with a bare 500");
    }

    [Test]
    public async Task Reschedule_OfARecurringSeries_Returns400WithoutAskingCalComToReschedule()
    {
        const string seriesId = "recurringSeries01";
        await Factory.Sandbox.ServeAsRecurringSeriesAsync(seriesId);

        using var response = await Client.RescheduleAsync(seriesId, LifecycleRequests.RescheduleBody());

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.Fields(), Is.EqualTo(new[] { "reservationId" }));
        Assert.That(await Factory.Sandbox.RequestsToAsync("POST", $"/v2/bookings/{seriesId}/reschedule"), Is.Empty);
    }

    [Test]
    public async Task Reschedule_WhenCancelled_Returns409BookingNotReschedulable()
    {
        var id = await BookAsync();
        using (await Client.CancelAsync(id))
        {
        }

        using var response = await Client.RescheduleAsync(id, LifecycleRequests.RescheduleBody());

        var error = await response.AssertErrorAsync(HttpStatusCode.Conflict, ErrorTable.BookingNotReschedulable.Code);
        Assert.That(error.GetProperty("details").GetString(), Is.EqualTo($"Booking {id} is cancelled."));
    }

    [Test]
    public async Task Reschedule_WhenRescheduledAlready_Returns409NamingTheReplacement()
    {
        var id = await BookAsync();
        var newId = (string)(await RescheduleExpectingCreatedAsync(id, LifecycleRequests.RescheduleBody()))["reservationId"]!;

        using var response = await Client.RescheduleAsync(id, LifecycleRequests.RescheduleBody());

        var error = await response.AssertErrorAsync(HttpStatusCode.Conflict, ErrorTable.BookingNotReschedulable.Code);
        Assert.That(error.GetProperty("details").GetString(), Does.Contain(newId));
    }

    [Test]
    public async Task Reschedule_WhenNewSlotTaken_Returns409SlotUnavailable()
    {
        var id = await BookAsync();
        var other = await Client.BookAsync();
        var taken = new JsonObject { ["start"] = other["eventDetails"]!["start"]!.GetValue<string>(), ["end"] = other["eventDetails"]!["end"]!.GetValue<string>() };

        using var response = await Client.RescheduleAsync(id, taken);

        await response.AssertErrorAsync(HttpStatusCode.Conflict, ErrorTable.SlotUnavailable.Code);
        Assert.That((string?)(await ReadAsync(id))["status"], Is.EqualTo("confirmed"), "the booking stays where it was");
    }

    [Test]
    public async Task Reschedule_WhenCalComReportsAConcurrentBooking_Returns409SlotUnavailable()
    {
        var id = await BookAsync();
        await Factory.Sandbox.InjectFaultAsync(new
        {
            method = "POST", path = $"/v2/bookings/{id}/reschedule", kind = "status", status = 409,
            body = new { statusCode = 409, message = "booking_conflict_error" },
        });

        using var response = await Client.RescheduleAsync(id, LifecycleRequests.RescheduleBody());

        await response.AssertErrorAsync(HttpStatusCode.Conflict, ErrorTable.SlotUnavailable.Code);
    }

    [Test]
    public async Task Reschedule_WhenCalComFails_Returns502AndIsNotRetried()
    {
        var id = await BookAsync();
        await Factory.Sandbox.InjectFaultAsync(new
        {
            method = "POST", path = $"/v2/bookings/{id}/reschedule", kind = "status", status = 500,
            body = new { statusCode = 500, message = "Internal server error" },
        });

        using var response = await Client.RescheduleAsync(id, LifecycleRequests.RescheduleBody());

        await response.AssertErrorAsync(HttpStatusCode.BadGateway, ErrorTable.UpstreamError.Code);
        Assert.That(await Factory.Sandbox.RequestsToAsync("POST", $"/v2/bookings/{id}/reschedule"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Reschedule_WhenLengthIsNotTheEventTypesDefault_Returns400()
    {
        var id = await BookAsync("3139332");

        using var response = await Client.RescheduleAsync(id, LifecycleRequests.RescheduleBody(minutes: 60));

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.MessageFor("end"), Does.StartWith("end - start must be 30 minutes, the default length of event type 3139332"));
    }

    [Test]
    public async Task Reschedule_WhenFieldsMissing_ListsThem()
    {
        var id = await BookAsync();

        using var response = await Client.RescheduleAsync(id, new JsonObject());

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.Fields(), Is.EquivalentTo(new[] { "start", "end" }));
    }

    [Test]
    public async Task Reschedule_WhenStartInThePast_Returns400()
    {
        var id = await BookAsync();

        using var response = await Client.RescheduleAsync(id, new JsonObject { ["start"] = "2020-01-01T10:00:00Z", ["end"] = "2020-01-01T10:30:00Z" });

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.MessageFor("start"), Is.EqualTo("start must be in the future."));
    }

    [Test]
    public async Task Reschedule_WhenStartHasNoOffset_Returns400()
    {
        var id = await BookAsync();
        var body = LifecycleRequests.RescheduleBody();
        body["start"] = ((string)body["start"]!).TrimEnd('Z');

        using var response = await Client.RescheduleAsync(id, body);

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.MessageFor("start"), Does.Contain("with Z or an offset"));
    }

    [Test]
    public async Task Reschedule_WhenEndBeforeStart_Returns400()
    {
        var id = await BookAsync();
        var body = LifecycleRequests.RescheduleBody();
        (body["start"], body["end"]) = ((string?)body["end"], (string?)body["start"]);

        using var response = await Client.RescheduleAsync(id, body);

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.MessageFor("end"), Is.EqualTo("end must be after start."));
    }

    [Test]
    public async Task Reschedule_WhenUnknownPropertySent_NamesIt()
    {
        var id = await BookAsync();
        var body = LifecycleRequests.RescheduleBody();
        body["rescheduledBy"] = "host@example.com";

        using var response = await Client.RescheduleAsync(id, body);

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.Fields(), Is.EqualTo(new[] { "rescheduledBy" }));
    }

    [Test]
    public async Task Reschedule_WhenReasonTooLong_Returns400()
    {
        var id = await BookAsync();
        var body = LifecycleRequests.RescheduleBody();
        body["reason"] = new string('r', 501);

        using var response = await Client.RescheduleAsync(id, body);

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.Fields(), Is.EqualTo(new[] { "reason" }));
    }

    [Test]
    public async Task Reschedule_WhenTimesHaveOffsets_ReportsThemInUtc()
    {
        var id = await BookAsync();
        var (start, end) = Slots.Next();
        var startInstant = DateTimeOffset.Parse(start, CultureInfo.InvariantCulture);
        var body = new JsonObject
        {
            ["start"] = startInstant.ToOffset(TimeSpan.FromHours(-5)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["end"] = DateTimeOffset.Parse(end, CultureInfo.InvariantCulture).ToOffset(TimeSpan.FromHours(2)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        };

        var moved = await RescheduleExpectingCreatedAsync(id, body);

        Assert.That((string?)moved["eventDetails"]!["start"], Is.EqualTo(start));
    }
}
