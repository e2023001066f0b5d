using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Booking.Api.Errors;
using Booking.Api.FunctionalTests.Infrastructure;
using Booking.Application.Bookings.Commands.CancelBooking;
using Microsoft.Extensions.DependencyInjection;

namespace Booking.Api.FunctionalTests.Bookings;

public sealed class CancelBookingTests : ApiFixture
{
    private async Task<string> BookAsync() => (string)(await Client.BookAsync())["reservationId"]!;

    private async Task<JsonObject> SentCancelBodyAsync(string id)
    {
        var sent = (await Factory.Sandbox.RequestsToAsync("POST", $"/v2/bookings/{id}/cancel")).Last();
        Assert.That((string?)sent["calApiVersion"], Is.EqualTo("2024-08-13"));
        return JsonNode.Parse((string)sent["body"]!)!.AsObject();
    }

    [Test]
    public async Task Cancel_WithReason_Returns200WithTheCancelledBookingAndSendsTheReason()
    {
        var created = await Client.BookAsync();
        var id = (string)created["reservationId"]!;

        using var response = await Client.CancelAsync(id, new JsonObject { ["reason"] = "Changed plans" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        created["status"] = "cancelled";
        Assert.That((await response.ReadJsonAsync()).ToString(), Is.EqualTo(created.ToJsonString()), "the create shape, now cancelled");
        Assert.That((await SentCancelBodyAsync(id)).ToJsonString(), Is.EqualTo("""{"cancellationReason":"Changed plans"}"""));
    }

    [Test]
    public async Task Cancel_WithoutBody_SendsTheDefaultReasonCalComRequiresFromTheHost()
    {
        var id = await BookAsync();

        using var response = await Client.CancelAsync(id);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That((string?)(await SentCancelBodyAsync(id))["cancellationReason"], Is.EqualTo(CancelBookingCommandHandler.DefaultReason));
    }

    [TestCase("{}")]
    [TestCase("""{"reason":null}""")]
    [TestCase("""{"reason":"   "}""")]
    public async Task Cancel_WithEmptyReason_SendsTheDefaultReason(string body)
    {
        var id = await BookAsync();

        using var response = await Client.PostAsync(LifecycleRequests.BookingPath(id) + "/cancel", Requests.Json(body));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That((string?)(await SentCancelBodyAsync(id))["cancellationReason"], Is.EqualTo(CancelBookingCommandHandler.DefaultReason));
    }

    [Test]
    public async Task Cancel_WithJsonContentTypeButNoBody_Returns200()
    {
        var id = await BookAsync();

        using var response = await Client.PostAsync(LifecycleRequests.BookingPath(id) + "/cancel", Requests.Json(string.Empty));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Cancel_Twice_ReturnsTheSame200Again()
    {
        var id = await BookAsync();
        using var first = await Client.CancelAsync(id, new JsonObject { ["reason"] = "Changed plans" });

        using var second = await Client.CancelAsync(id, new JsonObject { ["reason"] = "Changed plans" });

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK), await second.Content.ReadAsStringAsync());
        Assert.That((await second.ReadJsonAsync()).ToString(), Is.EqualTo((await first.ReadJsonAsync()).ToString()));
    }

    [Test]
    public async Task Cancel_WhenUnknown_Returns404BookingNotFound()
    {
        using var response = await Client.CancelAsync("doesNotExist42");

        await response.AssertErrorAsync(HttpStatusCode.NotFound, ErrorTable.BookingNotFound.Code);
    }

    [Test]
    public async Task Cancel_WhenIdMalformed_Returns400()
    {
        using var response = await Client.CancelAsync("not.an.id");

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.Fields(), Is.EqualTo(new[] { "reservationId" }));
    }

    [Test]
    public async Task Cancel_WhenTheBookingHasEnded_Returns409WithoutAskingCalComToCancel()
    {
        // Only the API's clock moves past the booking; Cal.com (the sandbox) still sees it as upcoming.
        var clock = new ShiftedClock();
        await using var factory = new BookingApiFactory(replaceServices: services => services.AddSingleton<TimeProvider>(clock));
        using var client = factory.CreateClient();
        var booked = await client.BookAsync();
        var id = (string)booked["reservationId"]!;
        var end = DateTimeOffset.Parse((string)booked["eventDetails"]!["end"]!, CultureInfo.InvariantCulture);
        clock.Shift = end - TimeProvider.System.GetUtcNow() + TimeSpan.FromMinutes(1);

        using var response = await client.CancelAsync(id);

        var error = await response.AssertErrorAsync(HttpStatusCode.Conflict, ErrorTable.BookingNotCancellable.Code);
        Assert.That(error.GetProperty("details").GetString(), Is.EqualTo($"Booking {id} has already ended."));
        Assert.That(await factory.Sandbox.RequestsToAsync("POST", $"/v2/bookings/{id}/cancel"), Is.Empty, "nothing was sent to Cal.com");
    }

    /// <summary>The system clock, moved by <see cref="Shift"/>; timers keep real time.</summary>
    private sealed class ShiftedClock : TimeProvider
    {
        public TimeSpan Shift { get; set; }

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Shift;
    }

    [TestCase("Cannot cancel a booking that has already ended")]
    [TestCase("This event type does not allow cancellations")]
    public async Task Cancel_WhenCalComForbidsIt_Returns409BookingNotCancellable(string calComMessage)
    {
        var id = await BookAsync();
        await Factory.Sandbox.InjectFaultAsync(new
        {
            method = "POST", path = $"/v2/bookings/{id}/cancel", kind = "status", status = 400,
            body = new { statusCode = 400, message = calComMessage },
        });

        using var response = await Client.CancelAsync(id);

        var error = await response.AssertErrorAsync(HttpStatusCode.Conflict, ErrorTable.BookingNotCancellable.Code);
        Assert.That(error.GetProperty("details").GetString(), Is.EqualTo(calComMessage));
    }

    [Test]
    public async Task Cancel_OfARecurringSeries_Returns400AndCancelsNothing()
    {
        const string seriesId = "recurringSeries01";
        await Factory.Sandbox.ServeAsRecurringSeriesAsync(seriesId);

        using var response = await Client.CancelAsync(seriesId);

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.Fields(), Is.EqualTo(new[] { "reservationId" }));
        Assert.That(await Factory.Sandbox.RequestsToAsync("POST", $"/v2/bookings/{seriesId}/cancel"), Is.Empty,
            "Cal.com cancels every occurrence of a series");
    }

    [Test]
    public async Task Cancel_WhenReasonTooLong_Returns400AndCancelsNothing()
    {
        var id = await BookAsync();

        using var response = await Client.CancelAsync(id, new JsonObject { ["reason"] = new string('r', 501) });

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.MessageFor("reason"), Is.EqualTo("reason must be at most 500 characters."));
        Assert.That(await Factory.Sandbox.RequestsToAsync("POST", $"/v2/bookings/{id}/cancel"), Is.Empty);
    }

    [Test]
    public async Task Cancel_WhenUnknownPropertySent_NamesIt()
    {
        var id = await BookAsync();

        using var response = await Client.CancelAsync(id, new JsonObject { ["cancelSubsequentBookings"] = true });

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.MessageFor("cancelSubsequentBookings"), Is.EqualTo("cancelSubsequentBookings is not a known property."));
    }

    [TestCase("""{"reason": 5}""", "reason")]
    [TestCase("""{"reason": "x", """, "body")]
    public async Task Cancel_WhenBodyIsNotTheExpectedJson_Returns400(string body, string field)
    {
        var id = await BookAsync();

        using var response = await Client.PostAsync(LifecycleRequests.BookingPath(id) + "/cancel", Requests.Json(body));

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.Fields(), Is.EqualTo(new[] { field }));
    }

    [Test]
    public async Task Cancel_WhenBodyIsNotJson_Returns415()
    {
        var id = await BookAsync();

        using var response = await Client.PostAsync(LifecycleRequests.BookingPath(id) + "/cancel",
            new StringContent("reason=Changed plans", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await response.AssertErrorAsync(HttpStatusCode.UnsupportedMediaType, ErrorTable.UnsupportedMediaType.Code);
    }

    [Test]
    public async Task Cancel_WhenCalComFails_Returns502AndIsNotRetried()
    {
        var id = await BookAsync();
        await Factory.Sandbox.InjectFaultAsync(new
        {
            method = "POST", path = $"/v2/bookings/{id}/cancel", kind = "status", status = 503,
            body = new { statusCode = 503, message = "Service Unavailable" },
        });

        using var response = await Client.CancelAsync(id);

        await response.AssertErrorAsync(HttpStatusCode.BadGateway, ErrorTable.UpstreamError.Code);
        Assert.That(await Factory.Sandbox.RequestsToAsync("POST", $"/v2/bookings/{id}/cancel"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Cancel_WithGet_Returns405()
    {
        using var response = await Client.GetAsync(LifecycleRequests.BookingPath("abc") + "/cancel");

        await response.AssertErrorAsync(HttpStatusCode.MethodNotAllowed, ErrorTable.MethodNotAllowed.Code);
    }
}
