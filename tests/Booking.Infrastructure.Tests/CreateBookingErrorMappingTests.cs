using Booking.Application.Common.Exceptions;
using Booking.Infrastructure.Tests.Support;

namespace Booking.Infrastructure.Tests;

/// <summary>Every Cal.com reply of CONTRACT §7 for POST /v2/bookings, in both of Cal.com's body shapes.</summary>
public sealed class CreateBookingErrorMappingTests : GatewayTestBase
{
    private const string ReadableCode = "(readable text for a code)";

    private static IEnumerable<TestCaseData> CalComErrors()
    {
        // (a) slot unavailable
        yield return Case(400, "BadRequestException", "User either already has booking at this time or is not available", typeof(SlotUnavailableException));
        yield return Case(400, "BadRequestException", "One of the hosts either already has booking at this time or is not available", typeof(SlotUnavailableException));
        yield return Case(400, "BadRequestException", "The event type can't be booked at the \"start\" time provided. This could be due to it being too soon or beyond the booking window.", typeof(SlotUnavailableException));
        yield return Case(409, "ConflictException", "No more seats left at this seated booking.", typeof(SlotUnavailableException));
        yield return Case(409, "ConflictException", "already_signed_up_for_this_booking_error", typeof(SlotUnavailableException), ReadableCode);
        yield return Case(409, "ConflictException", "booking_conflict_error", typeof(SlotUnavailableException), ReadableCode);
        yield return Case(401, "UnauthorizedException", "booking_limit_reached", typeof(SlotUnavailableException), ReadableCode);
        yield return Case(401, "UnauthorizedException", "duration_limit_reached", typeof(SlotUnavailableException), ReadableCode);
        // (b) unknown event type
        yield return Case(404, "NotFoundException", "Event type with id 999 not found.", typeof(EventTypeNotFoundException));
        // (c) key rejected or missing
        yield return Case(401, "UnauthorizedException", "CustomThrottlerGuard - Invalid API Key", typeof(CalComAuthenticationException));
        yield return Case(401, "UnauthorizedException", "ApiAuthStrategy - api key - Your api key is expired", typeof(CalComAuthenticationException));
        yield return Case(401, "UnauthorizedException", "ApiAuthStrategy - api key - No user tied to this apiKey", typeof(CalComAuthenticationException));
        yield return Case(401, "UnauthorizedException", "ApiAuthStrategy - access token - invalid access token", typeof(CalComAuthenticationException));
        yield return Case(403, "ForbiddenException", "PermissionsGuard - no authentication provided. Provide either an api key or an access token.", typeof(CalComAuthenticationException));
        // (d) validation and other refusals
        yield return Case(400, "BadRequestException", "Attempting to book a meeting in the past.", typeof(CalComRejectedRequestException));
        yield return Case(400, "BadRequestException", "start property is wrong,start must be a valid ISO 8601 date string", typeof(CalComRejectedRequestException));
        yield return Case(400, "BadRequestException", "foo property is wrong,property foo should not exist", typeof(CalComRejectedRequestException));
        yield return Case(400, "BadRequestException", "Can't specify 'lengthInMinutes' because event type does not have multiple possible lengths.", typeof(CalComRejectedRequestException));
        yield return Case(400, "BadRequestException", "Missing required booking field response: phone - phone is required", typeof(CalComRejectedRequestException));
        yield return Case(400, "BadRequestException", "Booking location with type address not valid for event type with id=42.", typeof(CalComRejectedRequestException));
        yield return Case(400, "BadRequestException", "Metadata must have at most 50 keys, each key up to 40 characters, and string values up to 500 characters.", typeof(CalComRejectedRequestException));
        yield return Case(422, "UnprocessableEntityException", "Event type with id=42 has no hosts.", typeof(CalComRejectedRequestException));
        // Cal.com failures
        yield return Case(500, "InternalServerErrorException", "Internal server error", typeof(CalComUpstreamException), null);
        yield return Case(502, "BadGatewayException", "Bad gateway", typeof(CalComUpstreamException), null);
        yield return Case(503, "ServiceUnavailableException", "Service unavailable", typeof(CalComUpstreamException), null);
    }

    private static TestCaseData Case(int status, string code, string message, Type expected, string? expectedMessage = "") =>
        new TestCaseData(status, code, message, expected, expectedMessage == string.Empty ? message : expectedMessage)
            .SetArgDisplayNames(status.ToString(System.Globalization.CultureInfo.InvariantCulture), message.Length > 40 ? message[..40] : message);

    [TestCaseSource(nameof(CalComErrors))]
    public void CreateBooking_WhenCalComAnswersWithEnvelope_ThrowsMappedException(int status, string code, string message, Type expected, string? expectedMessage) =>
        AssertMapped(CalComReplies.Envelope(status, code, message), expected, expectedMessage);

    [TestCaseSource(nameof(CalComErrors))]
    public void CreateBooking_WhenCalComAnswersWithNestDefaultShape_ThrowsMappedException(int status, string code, string message, Type expected, string? expectedMessage) =>
        AssertMapped(CalComReplies.NestDefault(status, message), expected, expectedMessage);

    [TestCase(400, typeof(CalComRejectedRequestException))]
    [TestCase(401, typeof(CalComAuthenticationException))]
    [TestCase(403, typeof(CalComAuthenticationException))]
    [TestCase(404, typeof(EventTypeNotFoundException))]
    [TestCase(409, typeof(SlotUnavailableException))]
    [TestCase(418, typeof(CalComRejectedRequestException))]
    [TestCase(500, typeof(CalComUpstreamException))]
    public void CreateBooking_WhenErrorBodyIsNotJson_StillMapsByStatus(int status, Type expected)
    {
        var nginx = StubReply.Text(status, "<html><body>nginx</body></html>");
        Stub.Enqueue(nginx, CalComReplies.BookingList(), nginx, CalComReplies.BookingList());
        var gateway = CreateGateway();

        var thrown = Assert.CatchAsync(() => gateway.CreateBookingAsync(BookingRequests.Valid(), CancellationToken.None));

        Assert.That(thrown, Is.TypeOf(expected));
        Assert.That(thrown!.Message, Is.Not.Empty.And.Not.Contains("nginx"));
    }

    [Test]
    public void CreateBooking_WhenErrorBodyIsEmpty_MapsByStatus()
    {
        Stub.Enqueue(new StubReply { StatusCode = 400 });
        var gateway = CreateGateway();

        Assert.ThrowsAsync<CalComRejectedRequestException>(() => gateway.CreateBookingAsync(BookingRequests.Valid(), CancellationToken.None));
    }

    [Test]
    public void CreateBooking_WhenNestValidationSendsAListOfMessages_JoinsThem()
    {
        Stub.Enqueue(StubReply.Json(400, """{"statusCode":400,"message":["eventTypeId must be an integer number","start must be a valid ISO 8601 date string"],"error":"Bad Request"}"""));
        var gateway = CreateGateway();

        var thrown = Assert.ThrowsAsync<CalComRejectedRequestException>(() => gateway.CreateBookingAsync(BookingRequests.Valid(), CancellationToken.None));

        Assert.That(thrown!.Message, Is.EqualTo("eventTypeId must be an integer number; start must be a valid ISO 8601 date string"));
    }

    [Test]
    public void CreateBooking_WhenCalComQuotesTheAttendeeBack_KeepsTheirDataOutOfTheException()
    {
        Stub.Enqueue(CalComReplies.Envelope(400, "BadRequestException", $"Attendee {BookingRequests.AttendeeEmail} ({BookingRequests.AttendeeName}) with phone +49 30 1234567 can't book."));
        var gateway = CreateGateway();

        var thrown = Assert.ThrowsAsync<CalComRejectedRequestException>(() => gateway.CreateBookingAsync(BookingRequests.Valid(), CancellationToken.None));

        Assert.That(thrown!.Message, Does.Not.Contain(BookingRequests.AttendeeEmail).And.Not.Contains("+49 30 1234567"));
    }

    [TestCase(400)]
    [TestCase(500)]
    public void CreateBooking_WhenRejected_NeverPutsOurRequestBodyOrKeyIntoTheException(int status)
    {
        var reply = new StubReply { StatusCode = status };
        Stub.Enqueue(reply, CalComReplies.BookingList(), reply, CalComReplies.BookingList());
        var gateway = CreateGateway();

        var thrown = Assert.CatchAsync(() => gateway.CreateBookingAsync(BookingRequests.Valid(), CancellationToken.None));

        Assert.That(thrown!.ToString(), Does.Not.Contain(BookingRequests.AttendeeEmail)
            .And.Not.Contains(BookingRequests.AttendeeName)
            .And.Not.Contains(ApiKey)
            .And.Not.Contains("eventTypeId"));
    }

    [TestCase("42", 42)]
    [TestCase("0", 1)]
    [TestCase("12.2", 13)]
    [TestCase("not-a-number", 60)]
    public void CreateBooking_WhenRateLimited_ThrowsRateLimitedWithResetFromHeader(string reset, int expectedSeconds)
    {
        Stub.Enqueue(RateLimited().WithHeader("X-RateLimit-Reset-Default", reset));
        var gateway = CreateGateway(new Dictionary<string, string?> { ["RateLimitWaitThreshold"] = "00:00:00" });

        var thrown = Assert.ThrowsAsync<CalComRateLimitedException>(() => gateway.CreateBookingAsync(BookingRequests.Valid(), CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(thrown!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(expectedSeconds)));
            Assert.That(Stub.Requests, Has.Count.EqualTo(1), "Cal.com's throttler answers before booking: nothing to look up");
        });
    }

    [Test]
    public void CreateBooking_WhenRateLimitedWithoutResetHeader_AdvisesSixtySeconds()
    {
        Stub.Enqueue(RateLimited());
        var gateway = CreateGateway();

        var thrown = Assert.ThrowsAsync<CalComRateLimitedException>(() => gateway.CreateBookingAsync(BookingRequests.Valid(), CancellationToken.None));

        Assert.That(thrown!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(60)));
    }

    [Test]
    public void CreateBooking_WhenRateLimitedInNestDefaultShape_ThrowsRateLimited()
    {
        Stub.Enqueue(CalComReplies.NestDefault(429, "ThrottlerException: Too Many Requests").WithHeader("X-RateLimit-Reset-Default", "5"));
        var gateway = CreateGateway();

        var thrown = Assert.ThrowsAsync<CalComRateLimitedException>(() => gateway.CreateBookingAsync(BookingRequests.Valid(), CancellationToken.None));

        Assert.That(thrown!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(5)));
    }

    private static StubReply RateLimited() =>
        CalComReplies.Envelope(429, "ThrottlerException", "CustomThrottlerGuard - Too many requests. Please try again later.")
            .WithHeader("X-RateLimit-Limit-Default", "120")
            .WithHeader("X-RateLimit-Remaining-Default", "0");

    private void AssertMapped(StubReply reply, Type expected, string? expectedMessage)
    {
        // A 5xx leaves open whether Cal.com booked: the gateway looks, sends once more, looks again (ADR 7).
        var ambiguous = reply.StatusCode >= 500;
        Stub.Enqueue(ambiguous ? [reply, CalComReplies.BookingList(), reply, CalComReplies.BookingList()] : [reply]);
        var gateway = CreateGateway();

        var thrown = Assert.CatchAsync(() => gateway.CreateBookingAsync(BookingRequests.Valid(), CancellationToken.None));

        Assert.That(thrown, Is.TypeOf(expected));
        switch (expectedMessage)
        {
            case ReadableCode:
                Assert.That(thrown!.Message, Does.Not.Contain("_").And.Not.Empty);
                break;
            case null:
                Assert.That(thrown!.Message, Is.Not.Empty);
                break;
            default:
                Assert.That(thrown!.Message, Is.EqualTo(expectedMessage));
                break;
        }

        Assert.That(
            Stub.Requests.Select(request => request.Method),
            Is.EqualTo(ambiguous ? new[] { "POST", "GET", "POST", "GET" } : ["POST"]),
            "a clear answer is final; only an unclear one is looked up before the one repeat");
    }
}
