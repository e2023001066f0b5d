using Booking.Application.Common.Failures;
using Booking.Infrastructure.Tests.Support;

namespace Booking.Infrastructure.Tests;

/// <summary>Every Cal.com error reply to POST /v2/bookings (docs/calcom.md#create), in both of Cal.com's body shapes.</summary>
public sealed class CreateBookingErrorMappingTests : GatewayTestBase
{
    private const string ReadableCode = "(readable text for a code)";

    private static IEnumerable<TestCaseData> CalComErrors()
    {
        // (a) slot unavailable
        yield return Case(400, "BadRequestException", "User either already has booking at this time or is not available", FailureKind.SlotUnavailable);
        yield return Case(400, "BadRequestException", "One of the hosts either already has booking at this time or is not available", FailureKind.SlotUnavailable);
        yield return Case(400, "BadRequestException", "The event type can't be booked at the \"start\" time provided. This could be due to it being too soon or beyond the booking window.", FailureKind.SlotUnavailable);
        yield return Case(409, "ConflictException", "No more seats left at this seated booking.", FailureKind.SlotUnavailable);
        yield return Case(409, "ConflictException", "already_signed_up_for_this_booking_error", FailureKind.SlotUnavailable, ReadableCode);
        yield return Case(409, "ConflictException", "booking_conflict_error", FailureKind.SlotUnavailable, ReadableCode);
        yield return Case(401, "UnauthorizedException", "booking_limit_reached", FailureKind.SlotUnavailable, ReadableCode);
        yield return Case(401, "UnauthorizedException", "duration_limit_reached", FailureKind.SlotUnavailable, ReadableCode);
        // (b) unknown event type
        yield return Case(404, "NotFoundException", "Event type with id 999 not found.", FailureKind.EventTypeNotFound);
        // (c) key rejected or missing
        yield return Case(401, "UnauthorizedException", "CustomThrottlerGuard - Invalid API Key", FailureKind.CalComAuthenticationFailed);
        yield return Case(401, "UnauthorizedException", "ApiAuthStrategy - api key - Your api key is expired", FailureKind.CalComAuthenticationFailed);
        yield return Case(401, "UnauthorizedException", "ApiAuthStrategy - api key - No user tied to this apiKey", FailureKind.CalComAuthenticationFailed);
        yield return Case(401, "UnauthorizedException", "ApiAuthStrategy - access token - invalid access token", FailureKind.CalComAuthenticationFailed);
        yield return Case(403, "ForbiddenException", "PermissionsGuard - no authentication provided. Provide either an api key or an access token.", FailureKind.CalComAuthenticationFailed);
        // (d) validation and other refusals
        yield return Case(400, "BadRequestException", "Attempting to book a meeting in the past.", FailureKind.InvalidRequest);
        yield return Case(400, "BadRequestException", "start property is wrong,start must be a valid ISO 8601 date string", FailureKind.InvalidRequest);
        yield return Case(400, "BadRequestException", "foo property is wrong,property foo should not exist", FailureKind.InvalidRequest);
        yield return Case(400, "BadRequestException", "Can't specify 'lengthInMinutes' because event type does not have multiple possible lengths.", FailureKind.InvalidRequest);
        yield return Case(400, "BadRequestException", "Missing required booking field response: phone - phone is required", FailureKind.InvalidRequest);
        yield return Case(400, "BadRequestException", "Booking location with type address not valid for event type with id=42.", FailureKind.InvalidRequest);
        yield return Case(400, "BadRequestException", "Metadata must have at most 50 keys, each key up to 40 characters, and string values up to 500 characters.", FailureKind.InvalidRequest);
        yield return Case(422, "UnprocessableEntityException", "Event type with id=42 has no hosts.", FailureKind.InvalidRequest);
        // Cal.com failures
        yield return Case(500, "InternalServerErrorException", "Internal server error", FailureKind.CalComFailed, null);
        yield return Case(502, "BadGatewayException", "Bad gateway", FailureKind.CalComFailed, null);
        yield return Case(503, "ServiceUnavailableException", "Service unavailable", FailureKind.CalComFailed, null);
    }

    private static TestCaseData Case(int status, string code, string message, FailureKind expected, string? expectedMessage = "") =>
        new TestCaseData(status, code, message, expected, expectedMessage == string.Empty ? message : expectedMessage)
            .SetArgDisplayNames(status.ToString(System.Globalization.CultureInfo.InvariantCulture), message.Length > 40 ? message[..40] : message);

    [TestCaseSource(nameof(CalComErrors))]
    public void CreateBooking_WhenCalComAnswersWithEnvelope_ThrowsMappedFailure(int status, string code, string message, FailureKind expected, string? expectedMessage) =>
        AssertMapped(CalComReplies.Envelope(status, code, message), expected, expectedMessage);

    [TestCaseSource(nameof(CalComErrors))]
    public void CreateBooking_WhenCalComAnswersWithNestDefaultShape_ThrowsMappedFailure(int status, string code, string message, FailureKind expected, string? expectedMessage) =>
        AssertMapped(CalComReplies.NestDefault(status, message), expected, expectedMessage);

    [TestCase(400, FailureKind.InvalidRequest)]
    [TestCase(401, FailureKind.CalComAuthenticationFailed)]
    [TestCase(403, FailureKind.CalComAuthenticationFailed)]
    [TestCase(404, FailureKind.EventTypeNotFound)]
    [TestCase(409, FailureKind.SlotUnavailable)]
    [TestCase(418, FailureKind.InvalidRequest)]
    [TestCase(500, FailureKind.CalComFailed)]
    public void CreateBooking_WhenErrorBodyIsNotJson_StillMapsByStatus(int status, FailureKind expected)
    {
        var nginx = StubReply.Text(status, "<html><body>nginx</body></html>");
        Stub.Enqueue(nginx, CalComReplies.BookingList(), nginx, CalComReplies.BookingList());
        var gateway = CreateGateway();

        var thrown = FailureAssert.ThrowsAsync(expected, () => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));

        Assert.That(Reason(thrown), Is.Not.Empty.And.Not.Contains("nginx"));
    }

    [Test]
    public void CreateBooking_WhenErrorBodyIsEmpty_MapsByStatus()
    {
        Stub.Enqueue(new StubReply { StatusCode = 400 });
        var gateway = CreateGateway();

        FailureAssert.RejectedByCalComAsync(() => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));
    }

    [Test]
    public void CreateBooking_WhenNestValidationSendsAListOfMessages_JoinsThem()
    {
        Stub.Enqueue(StubReply.Json(400, """{"statusCode":400,"message":["eventTypeId must be an integer number","start must be a valid ISO 8601 date string"],"error":"Bad Request"}"""));
        var gateway = CreateGateway();

        var reason = FailureAssert.RejectedByCalComAsync(() => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));

        Assert.That(reason, Is.EqualTo("eventTypeId must be an integer number; start must be a valid ISO 8601 date string"));
    }

    [Test]
    public void CreateBooking_WhenCalComQuotesTheAttendeeBack_KeepsTheirDataOutOfTheException()
    {
        Stub.Enqueue(CalComReplies.Envelope(400, "BadRequestException", $"Attendee {BookingRequests.AttendeeEmail} ({BookingRequests.AttendeeName}) with phone +49 30 1234567 can't book."));
        var gateway = CreateGateway();

        var reason = FailureAssert.RejectedByCalComAsync(() => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));

        Assert.That(reason, Does.Not.Contain(BookingRequests.AttendeeEmail).And.Not.Contains("+49 30 1234567"));
    }

    [TestCase(400)]
    [TestCase(500)]
    public void CreateBooking_WhenRejected_NeverPutsOurRequestBodyOrKeyIntoTheException(int status)
    {
        var reply = new StubReply { StatusCode = status };
        Stub.Enqueue(reply, CalComReplies.BookingList(), reply, CalComReplies.BookingList());
        var gateway = CreateGateway();

        var thrown = Assert.ThrowsAsync<FailureException>(() => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));

        Assert.That(thrown!.ToString() + string.Concat(thrown.Errors), Does.Not.Contain(BookingRequests.AttendeeEmail)
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

        var thrown = FailureAssert.ThrowsAsync(FailureKind.RateLimited, () => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(thrown.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(expectedSeconds)));
            Assert.That(Stub.Requests, Has.Count.EqualTo(1), "Cal.com's throttler answers before booking: nothing to look up");
        });
    }

    [Test]
    public void CreateBooking_WhenRateLimitedWithoutResetHeader_AdvisesSixtySeconds()
    {
        Stub.Enqueue(RateLimited());
        var gateway = CreateGateway();

        var thrown = FailureAssert.ThrowsAsync(FailureKind.RateLimited, () => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));

        Assert.That(thrown.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(60)));
    }

    [Test]
    public void CreateBooking_WhenRateLimitedInNestDefaultShape_ThrowsRateLimited()
    {
        Stub.Enqueue(CalComReplies.NestDefault(429, "ThrottlerException: Too Many Requests").WithHeader("X-RateLimit-Reset-Default", "5"));
        var gateway = CreateGateway();

        var thrown = FailureAssert.ThrowsAsync(FailureKind.RateLimited, () => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));

        Assert.That(thrown.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(5)));
    }

    private static StubReply RateLimited() =>
        CalComReplies.Envelope(429, "ThrottlerException", "CustomThrottlerGuard - Too many requests. Please try again later.")
            .WithHeader("X-RateLimit-Limit-Default", "120")
            .WithHeader("X-RateLimit-Remaining-Default", "0");

    private void AssertMapped(StubReply reply, FailureKind expected, string? expectedMessage)
    {
        // A 5xx leaves open whether Cal.com booked: the gateway looks, sends once more, looks again (ADR 7).
        var ambiguous = reply.StatusCode >= 500;
        Stub.Enqueue(ambiguous ? [reply, CalComReplies.BookingList(), reply, CalComReplies.BookingList()] : [reply]);
        var gateway = CreateGateway();

        var thrown = FailureAssert.ThrowsAsync(expected, () => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));

        var reason = Reason(thrown);
        switch (expectedMessage)
        {
            case ReadableCode:
                Assert.That(reason, Does.Not.Contain("_").And.Not.Empty);
                break;
            case null:
                Assert.That(reason, Is.Not.Empty);
                break;
            default:
                Assert.That(reason, Is.EqualTo(expectedMessage));
                break;
        }

        Assert.That(
            Stub.Requests.Select(request => request.Method),
            Is.EqualTo(ambiguous ? new[] { "POST", "GET", "POST", "GET" } : ["POST"]),
            "a clear answer is final; only an unclear one is looked up before the one repeat");
    }

    // What the failure says about Cal.com's answer: Cal.com's own reason when it refused the request as invalid.
    private static string Reason(FailureException failure) =>
        failure.Kind == FailureKind.InvalidRequest ? FailureAssert.RejectedReason(failure) : failure.Message;
}
