using Booking.Application.Common.Failures;
using Booking.Domain.Bookings;
using Booking.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Booking.Infrastructure.Tests;

/// <summary>
/// A booking POST that ends without a clear answer is followed by a lookup of the booking it may have made, and is
/// sent once more only when Cal.com has none (ADR 7). The stub answers in order: POST, GET, POST, GET.
/// </summary>
public sealed class ReconciliationTests : GatewayTestBase
{
    private static readonly Dictionary<string, string?> ShortTimeouts = new()
    {
        ["AttemptTimeout"] = "00:00:00.300",
        ["TotalTimeout"] = "00:00:03",
    };

    private static IEnumerable<TestCaseData> AmbiguousFailures()
    {
        yield return new TestCaseData(StubReply.Abort()).SetArgDisplayNames("connection dropped after sending");
        yield return new TestCaseData(CalComReplies.NestDefault(500, "Internal server error")).SetArgDisplayNames("500");
        yield return new TestCaseData(CalComReplies.Envelope(503, "ServiceUnavailableException", "down")).SetArgDisplayNames("503");
        yield return new TestCaseData(CalComReplies.BookingCreated() with { Delay = TimeSpan.FromSeconds(10) }).SetArgDisplayNames("attempt timed out");
        yield return new TestCaseData(StubReply.Json(201, """{"status":"succ""")).SetArgDisplayNames("unreadable 201");
    }

    [TestCaseSource(nameof(AmbiguousFailures))]
    public async Task CreateBooking_WhenCalComHasTheBookingAfterAnUnclearEnd_ReturnsItWithoutSendingAgain(StubReply unclear)
    {
        Stub.Enqueue(unclear, CalComReplies.BookingList(CalComReplies.Booking(uid: "bk_made_before")));

        var booking = await CreateGateway(ShortTimeouts).CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(booking.Id?.Value, Is.EqualTo("bk_made_before"));
            Assert.That(booking.Status, Is.EqualTo(BookingStatus.Confirmed));
            Assert.That(booking.Slot.Start, Is.EqualTo(DateTimeOffset.Parse("2030-01-08T13:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(Stub.Requests.Select(request => request.Method), Is.EqualTo(new[] { "POST", "GET" }));
        });
    }

    [TestCaseSource(nameof(AmbiguousFailures))]
    public async Task CreateBooking_WhenCalComHasNoBookingAfterAnUnclearEnd_SendsItOnceMore(StubReply unclear)
    {
        Stub.Enqueue(unclear, CalComReplies.BookingList(), CalComReplies.BookingCreated(uid: "bk_second_try"));

        var booking = await CreateGateway(ShortTimeouts).CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(booking.Id?.Value, Is.EqualTo("bk_second_try"));
            Assert.That(Stub.Requests.Select(request => request.Method), Is.EqualTo(new[] { "POST", "GET", "POST" }));
            Assert.That(Stub.Requests[2].Body, Is.EqualTo(Stub.Requests[0].Body), "the same booking, sent again");
        });
    }

    [Test]
    public async Task CreateBooking_LooksUpTheBookingByEventTypeAttendeeAndStart()
    {
        Stub.Enqueue(StubReply.Abort(), CalComReplies.BookingList(CalComReplies.Booking()));

        await CreateGateway(ShortTimeouts).CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        var lookup = Stub.Requests[1];
        Assert.Multiple(() =>
        {
            Assert.That(lookup.Path, Is.EqualTo("/v2/bookings"));
            Assert.That(lookup.Query, Is.EqualTo(
                "?eventTypeId=42&attendeeEmail=jane.roe%40example.com&afterStart=2030-01-08T13%3A00%3A00.000Z&beforeEnd=2030-01-09T13%3A00%3A00.000Z"));
            Assert.That(lookup.Header("cal-api-version"), Is.EqualTo("2024-08-13"));
            Assert.That(lookup.Header("Authorization"), Is.EqualTo($"Bearer {ApiKey}"), "Cal.com lists bookings only for a key");
        });
    }

    [Test]
    public async Task CreateBooking_WithAChosenLength_LooksOnlyAsFarAsTheBookingLasts()
    {
        Stub.Enqueue(StubReply.Abort(), CalComReplies.BookingList(CalComReplies.Booking()));

        var eventType = BookingRequests.EventType() with { LengthInMinutesOptions = [30, 45] };

        await CreateGateway(ShortTimeouts).CreateBookingAsync(BookingRequests.Valid(minutes: 45), eventType, CancellationToken.None);

        Assert.That(Stub.Requests[1].Query, Does.EndWith("&beforeEnd=2030-01-08T13%3A45%3A00.000Z"));
    }

    [Test]
    public async Task CreateBooking_WhenTheBookingAwaitsConfirmation_ReturnsThePendingBooking()
    {
        Stub.Enqueue(StubReply.Abort(), CalComReplies.BookingList(CalComReplies.Booking(uid: "bk_pending", status: "pending")));

        var booking = await CreateGateway(ShortTimeouts).CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        Assert.That(booking.Status, Is.EqualTo(BookingStatus.Pending));
    }

    [Test]
    public async Task CreateBooking_WhenTheFoundBookingAwaitsTheHost_ReturnsItAsPendingWithoutBookingAgain()
    {
        // Issue 9 point 3: reconciliation recognised only accepted and pending, and booked an instant meeting again.
        Stub.Enqueue(
            StubReply.Abort(),
            CalComReplies.BookingList(CalComReplies.Booking(uid: "bk_instant", status: "awaiting_host")),
            CalComReplies.BookingCreated(uid: "bk_second_try"));

        var booking = await CreateGateway(ShortTimeouts).CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(booking.Id?.Value, Is.EqualTo("bk_instant"));
            Assert.That(booking.Status, Is.EqualTo(BookingStatus.Pending));
            Assert.That(Stub.Requests.Select(request => request.Method), Is.EqualTo(new[] { "POST", "GET" }), "the booking Cal.com made is not made again");
        });
    }

    [Test]
    public void CreateBooking_WhenTheFoundBookingHasAnUnknownStatus_ThrowsTheFirstFailureWithoutBookingAgain()
    {
        // Cal.com may have added a status: the booking is there, so booking again could book twice.
        Stub.Enqueue(
            StubReply.Abort(),
            CalComReplies.BookingList(CalComReplies.Booking(uid: "bk_unknown", status: "awaiting_payment")),
            CalComReplies.BookingCreated(uid: "bk_second_try"));
        var gateway = CreateGateway(ShortTimeouts);

        FailureAssert.ThrowsAsync(FailureKind.CalComUnreachable, () => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));
        Assert.That(Stub.Requests.Select(request => request.Method), Is.EqualTo(new[] { "POST", "GET" }));
    }

    [Test]
    public async Task CreateBooking_MatchesTheAttendeeEmailIgnoringCase()
    {
        Stub.Enqueue(StubReply.Abort(), CalComReplies.BookingList(CalComReplies.Booking(attendeeEmail: "Jane.Roe@Example.com")));

        await CreateGateway(ShortTimeouts).CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        Assert.That(Stub.Requests, Has.Count.EqualTo(2));
    }

    private static IEnumerable<TestCaseData> OtherBookings()
    {
        yield return new TestCaseData(CalComReplies.Booking(status: "cancelled")).SetArgDisplayNames("cancelled");
        yield return new TestCaseData(CalComReplies.Booking(status: "rejected")).SetArgDisplayNames("rejected");
        yield return new TestCaseData(CalComReplies.Booking(start: "2030-01-08T13:30:00.000Z", end: "2030-01-08T14:00:00.000Z")).SetArgDisplayNames("another start");
        yield return new TestCaseData(CalComReplies.Booking(eventTypeId: 43)).SetArgDisplayNames("another event type");
        yield return new TestCaseData(CalComReplies.Booking(attendeeEmail: "someone.else@example.com")).SetArgDisplayNames("another attendee");
    }

    [TestCaseSource(nameof(OtherBookings))]
    public async Task CreateBooking_WhenCalComListsOnlyOtherBookings_SendsOnceMore(string other)
    {
        Stub.Enqueue(StubReply.Abort(), CalComReplies.BookingList(other), CalComReplies.BookingCreated(uid: "bk_second_try"));

        var booking = await CreateGateway(ShortTimeouts).CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        Assert.That(booking.Id?.Value, Is.EqualTo("bk_second_try"));
    }

    [TestCase(409, "booking_conflict_error")]
    [TestCase(400, "User either already has booking at this time or is not available")]
    public async Task CreateBooking_WhenTheRepeatFindsTheSlotTakenByOurOwnBooking_ReturnsOurBooking(int status, string message)
    {
        // The first attempt was still being booked when we looked, and had finished when the repeat arrived.
        Stub.Enqueue(
            CalComReplies.BookingCreated() with { Delay = TimeSpan.FromSeconds(10) },
            CalComReplies.BookingList(),
            CalComReplies.NestDefault(status, message),
            CalComReplies.BookingList(CalComReplies.Booking(uid: "bk_first_try")));

        var booking = await CreateGateway(ShortTimeouts).CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(booking.Id?.Value, Is.EqualTo("bk_first_try"));
            Assert.That(Stub.Requests.Select(request => request.Method), Is.EqualTo(new[] { "POST", "GET", "POST", "GET" }));
        });
    }

    [Test]
    public void CreateBooking_WhenTheRepeatFindsTheSlotTakenAndCalComStillHasNoBookingOfOurs_ThrowsTheFirstFailure()
    {
        Stub.Enqueue(
            CalComReplies.NestDefault(500, "Internal server error"),
            CalComReplies.BookingList(),
            CalComReplies.NestDefault(409, "booking_conflict_error"),
            CalComReplies.BookingList(CalComReplies.Booking(attendeeEmail: "someone.else@example.com")));
        var gateway = CreateGateway(ShortTimeouts);

        FailureAssert.ThrowsAsync(FailureKind.CalComFailed, () => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));
        Assert.That(Stub.Requests, Has.Count.EqualTo(4));
    }

    [Test]
    public void CreateBooking_WhenTheRepeatEndsUnclearlyToo_StopsAfterOneRepeatWithTheFirstFailure()
    {
        Stub.Enqueue(
            StubReply.Abort(),
            CalComReplies.BookingList(),
            CalComReplies.NestDefault(502, "Bad gateway"),
            CalComReplies.BookingList(),
            CalComReplies.BookingCreated());
        var gateway = CreateGateway(ShortTimeouts);

        FailureAssert.ThrowsAsync(FailureKind.CalComUnreachable, () => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));
        Assert.That(Stub.Requests.Select(request => request.Method), Is.EqualTo(new[] { "POST", "GET", "POST", "GET" }));
    }

    [Test]
    public void CreateBooking_WhenTheRepeatGetsAClearRefusal_ThrowsIt()
    {
        Stub.Enqueue(
            CalComReplies.NestDefault(500, "Internal server error"),
            CalComReplies.BookingList(),
            CalComReplies.Envelope(404, "NotFoundException", "Event type with id 42 not found."));
        var gateway = CreateGateway(ShortTimeouts);

        FailureAssert.ThrowsAsync(FailureKind.EventTypeNotFound, () => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));
        Assert.That(Stub.Requests, Has.Count.EqualTo(3));
    }

    private static IEnumerable<TestCaseData> FailedLookups()
    {
        var down = CalComReplies.NestDefault(503, "down");
        yield return new TestCaseData((object)new[] { down, down, down }).SetArgDisplayNames("Cal.com keeps failing");
        yield return new TestCaseData((object)new[] { CalComReplies.Envelope(403, "ForbiddenException", "PermissionsGuard - no authentication provided") }).SetArgDisplayNames("not allowed");
        yield return new TestCaseData((object)new[] { StubReply.Json(200, """{"status":"success","data":{}}""") }).SetArgDisplayNames("not a list");
    }

    [TestCaseSource(nameof(FailedLookups))]
    public void CreateBooking_WhenTheLookupFails_ThrowsTheFirstFailureWithoutSendingAgain(StubReply[] lookupReplies)
    {
        Stub.Enqueue([CalComReplies.NestDefault(500, "Internal server error"), .. lookupReplies, CalComReplies.BookingCreated()]);
        var gateway = CreateGateway(ShortTimeouts);

        FailureAssert.ThrowsAsync(FailureKind.CalComFailed, () => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));
        Assert.That(Stub.Requests.Count(request => request.Method == "POST"), Is.EqualTo(1));
    }

    private static IEnumerable<TestCaseData> ClearAnswers()
    {
        yield return new TestCaseData(CalComReplies.NestDefault(409, "booking_conflict_error")).SetArgDisplayNames("slot taken at once");
        yield return new TestCaseData(CalComReplies.Envelope(400, "BadRequestException", "Attempting to book a meeting in the past.")).SetArgDisplayNames("rejected");
        yield return new TestCaseData(CalComReplies.Envelope(429, "ThrottlerException", "Too many requests").WithHeader("X-RateLimit-Reset-Default", "30")).SetArgDisplayNames("rate limited");
    }

    [TestCaseSource(nameof(ClearAnswers))]
    public void CreateBooking_WhenCalComAnswersClearly_DoesNotLookForABooking(StubReply clear)
    {
        Stub.Enqueue(clear, CalComReplies.BookingList(CalComReplies.Booking()));
        var gateway = CreateGateway(ShortTimeouts);

        Assert.ThrowsAsync<FailureException>(() => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));
        Assert.That(Stub.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task CreateBooking_WhenReconciling_NoLogAtAnyLevelCarriesTheAttendeeEmailOrTheKey()
    {
        var logs = new CapturingLoggerProvider();
        Stub.Enqueue(
            CalComReplies.NestDefault(500, "Internal server error"),
            CalComReplies.BookingList(),
            CalComReplies.NestDefault(409, "booking_conflict_error"),
            CalComReplies.BookingList(CalComReplies.Booking()));
        var gateway = CreateGateway(ShortTimeouts, services =>
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs)));

        await gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        var everything = string.Join("\n", logs.Entries.Select(entry => entry.Everything));
        Assert.Multiple(() =>
        {
            Assert.That(logs.Entries.Any(entry => entry.Message.Contains("Cal.com request GET /v2/bookings?", StringComparison.Ordinal)), Is.True, "the lookup is logged at Debug");
            Assert.That(logs.Entries.Any(entry => entry.Message.Contains("had made the booking bk_7f3a", StringComparison.Ordinal)), Is.True);
            Assert.That(everything, Does.Not.Contain(BookingRequests.AttendeeEmail).IgnoreCase);
            Assert.That(everything, Does.Not.Contain("jane.roe%40example.com").IgnoreCase);
            Assert.That(everything, Does.Not.Contain(ApiKey));
        });
    }
}
