using System.Globalization;
using System.Net;
using Booking.Api.Errors;
using Booking.Api.FunctionalTests.Infrastructure;

namespace Booking.Api.FunctionalTests.Errors;

/// <summary>What Cal.com answers reaches the client as the right status and code of the error table.</summary>
public sealed class CalComOutcomeTests : ApiFixture
{
    private Task InjectOnBookingPostAsync(object fault) => Factory.Sandbox.InjectFaultAsync(fault);

    [Test]
    public async Task Reserve_WhenSlotTaken_Returns409SlotUnavailable()
    {
        var body = Requests.ValidBody();
        using (var first = await Client.ReserveAsync(body))
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }

        body["attendee"]!["email"] = "someone.else@example.com";
        using var second = await Client.ReserveAsync(body);

        var error = await second.AssertErrorAsync(HttpStatusCode.Conflict, ErrorTable.SlotUnavailable.Code);
        Assert.That(error.GetProperty("message").GetString(), Is.EqualTo("The requested slot is no longer available."));
        Assert.That(error.GetProperty("details").GetString(), Does.Contain("already has booking"));
    }

    [Test]
    public async Task Reserve_OfARecurringEventType_Returns400AndBooksNothing()
    {
        // An id the sandbox does not know, served here as a weekly event type, so no cached event type gets in the way.
        const int recurringEventType = 4_242_001;
        await Factory.Sandbox.InjectFaultAsync(new
        {
            method = "GET", path = $"/v2/event-types/{recurringEventType}", kind = "status", status = 200,
            body = new
            {
                status = "success",
                data = new { id = recurringEventType, lengthInMinutes = 30, recurrence = new { interval = 1, occurrences = 6, frequency = "weekly" } },
            },
        });

        using var response = await Client.ReserveAsync(Requests.ValidBody(eventTypeId: recurringEventType.ToString(CultureInfo.InvariantCulture)));

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.MessageFor("eventTypeId"), Does.Contain("repeats weekly"));
        Assert.That(await Factory.Sandbox.RequestsToAsync("POST", "/v2/bookings"), Is.Empty);
    }

    [Test]
    public async Task Reserve_WhenCalComReportsABookingConflict_Returns409SlotUnavailable()
    {
        await InjectOnBookingPostAsync(new
        {
            method = "POST", path = "/v2/bookings", kind = "status", status = 409,
            body = new { statusCode = 409, message = "booking_conflict_error" },
        });

        using var response = await Client.ReserveAsync(Requests.ValidBody());

        await response.AssertErrorAsync(HttpStatusCode.Conflict, ErrorTable.SlotUnavailable.Code);
    }

    [Test]
    public async Task Reserve_WhenBookingLimitReached_Returns409NotAnAuthenticationError()
    {
        await InjectOnBookingPostAsync(new
        {
            method = "POST", path = "/v2/bookings", kind = "status", status = 401,
            body = new { statusCode = 401, message = "booking_limit_reached" },
        });

        using var response = await Client.ReserveAsync(Requests.ValidBody());

        await response.AssertErrorAsync(HttpStatusCode.Conflict, ErrorTable.SlotUnavailable.Code);
    }

    [Test]
    public async Task Reserve_WhenEventTypeUnknown_Returns404EventTypeNotFound()
    {
        using var response = await Client.ReserveAsync(Requests.ValidBody(eventTypeId: "999999"));

        var error = await response.AssertErrorAsync(HttpStatusCode.NotFound, ErrorTable.EventTypeNotFound.Code);
        Assert.That(error.GetProperty("details").GetString(), Does.Contain("999999"));
    }

    [Test]
    public async Task Reserve_WhenCalComRejectsTheBooking_Returns400WithCalComsReason()
    {
        // The discovery-call event type requires a "company" booking field that this API does not collect.
        using var response = await Client.ReserveAsync(Requests.ValidBody(eventTypeId: "3139336"));

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.MessageFor("body"), Does.Contain("company"));
    }

    [Test]
    public async Task Reserve_WhenCalComRateLimits_Returns429WithRetryAfter()
    {
        // An API of its own: after a 429 it stops calling Cal.com until the reset (ADR 8), which would fail the others.
        await using var ownApi = new BookingApiFactory();
        using var ownClient = ownApi.CreateClient();
        await ownApi.Sandbox.InjectFaultAsync(new
        {
            method = "POST", path = "/v2/bookings", kind = "status", status = 429,
            headers = new Dictionary<string, string> { ["X-RateLimit-Reset-Default"] = "37" },
            body = new
            {
                status = "error",
                error = new { code = "ThrottlerException", message = "CustomThrottlerGuard - Too many requests. Please try again later." },
            },
        });

        using var response = await ownClient.ReserveAsync(Requests.ValidBody());

        var error = await response.AssertErrorAsync(HttpStatusCode.TooManyRequests, ErrorTable.RateLimited.Code);
        // Cal.com's reset counts down while the answer travels, so a busy machine may round it down by a second or two.
        Assert.That(response.Headers.RetryAfter?.Delta, Is.InRange(TimeSpan.FromSeconds(34), TimeSpan.FromSeconds(37)));
        Assert.That(error.GetProperty("details").GetString(), Is.EqualTo("Cal.com's rate limit for this API key is spent."));
    }

    [Test]
    public async Task Reserve_WhenCalComKeepsFailing_Returns502AfterLookingAndOneRepeat()
    {
        await InjectOnBookingPostAsync(new
        {
            method = "POST", path = "/v2/bookings", kind = "status", status = 500, times = 2,
            body = new { statusCode = 500, message = "Internal server error" },
        });
        var postsBefore = await BookingPostsAsync();

        using var response = await Client.ReserveAsync(Requests.ValidBody());

        await response.AssertErrorAsync(HttpStatusCode.BadGateway, ErrorTable.UpstreamError.Code);
        Assert.That(await BookingPostsAsync(), Is.EqualTo(postsBefore + 2), "one repeat after Cal.com had no booking, never more");
    }

    private async Task<int> BookingPostsAsync() =>
        (await Factory.Sandbox.RequestsAsync()).Count(r => (string?)r["method"] == "POST" && (string?)r["path"] == "/v2/bookings");

    [Test]
    public async Task Reserve_WhenCalComAnswersGarbageAndTheLookupToo_Returns502UpstreamError()
    {
        await InjectOnBookingPostAsync(new { method = "POST", path = "/v2/bookings", kind = "malformed" });
        await InjectOnBookingPostAsync(new { method = "GET", path = "/v2/bookings", kind = "malformed" });

        using var response = await Client.ReserveAsync(Requests.ValidBody());

        await response.AssertErrorAsync(HttpStatusCode.BadGateway, ErrorTable.UpstreamError.Code);
    }

    [Test]
    public async Task Reserve_WhenCalComDropsTheConnectionTwice_Returns503UpstreamUnavailable()
    {
        await InjectOnBookingPostAsync(new { method = "POST", path = "/v2/bookings", kind = "drop", times = 2 });

        using var response = await Client.ReserveAsync(Requests.ValidBody());

        await response.AssertErrorAsync(HttpStatusCode.ServiceUnavailable, ErrorTable.UpstreamUnavailable.Code);
    }
}
