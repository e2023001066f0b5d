using System.Net.Sockets;
using Booking.Application.Common.Failures;
using Booking.Domain.Bookings;
using Booking.Infrastructure.Tests.Support;
using Booking.TestSupport;

namespace Booking.Infrastructure.Tests;

/// <summary>
/// The real HTTP pipeline (ADR 7): reads are retried, a booking POST only when it provably never left or Cal.com's
/// throttler turned it away for a moment; timeouts and transport failures.
/// </summary>
public sealed class ResilienceTests : GatewayTestBase
{
    private static readonly Dictionary<string, string?> ShortTimeouts = new()
    {
        ["AttemptTimeout"] = "00:00:00.300",
        ["TotalTimeout"] = "00:00:03",
    };

    [Test]
    public async Task FindEventType_WhenCalComFailsTransiently_IsRetried()
    {
        Stub.Enqueue(CalComReplies.NestDefault(503, "Service unavailable"), CalComReplies.EventType(id: 7));

        var eventType = await CreateGateway(ShortTimeouts).FindEventTypeAsync(EventTypeId.From(7), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(eventType!.Id, Is.EqualTo(EventTypeId.From(7)));
            Assert.That(Stub.Requests, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void FindEventType_WhenCalComKeepsFailing_GivesUpAfterTwoRetries()
    {
        Stub.Enqueue(
            CalComReplies.NestDefault(503, "down"),
            CalComReplies.NestDefault(503, "down"),
            CalComReplies.NestDefault(503, "down"),
            CalComReplies.EventType(id: 7));
        var gateway = CreateGateway(ShortTimeouts);

        FailureAssert.ThrowsAsync(FailureKind.CalComFailed, () => gateway.FindEventTypeAsync(EventTypeId.From(7), CancellationToken.None));
        Assert.That(Stub.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public void FindEventType_WhenEveryAttemptTimesOut_ThrowsTimeout()
    {
        var slow = CalComReplies.EventType(id: 7) with { Delay = TimeSpan.FromSeconds(10) };
        Stub.Enqueue(slow, slow, slow);
        var gateway = CreateGateway(ShortTimeouts);

        FailureAssert.ThrowsAsync(FailureKind.CalComTimedOut, () => gateway.FindEventTypeAsync(EventTypeId.From(7), CancellationToken.None));
        Assert.That(Stub.Requests, Has.Count.EqualTo(3), "each timed-out GET attempt is retried");
    }

    [Test]
    public void CreateBooking_WhenEveryAttemptTimesOut_ThrowsTimeoutAfterOneRepeat()
    {
        var slow = CalComReplies.BookingCreated() with { Delay = TimeSpan.FromSeconds(10) };
        Stub.Enqueue(slow, CalComReplies.BookingList(), slow, CalComReplies.BookingList());
        var gateway = CreateGateway(ShortTimeouts);

        FailureAssert.ThrowsAsync(FailureKind.CalComTimedOut, () => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));
        Assert.That(Stub.Requests.Select(request => request.Method), Is.EqualTo(new[] { "POST", "GET", "POST", "GET" }));
    }

    [Test]
    public void CreateBooking_WhenBodyStallsAfterHeaders_ThrowsTimeout()
    {
        var stalled = CalComReplies.BookingCreated() with { BodyDelay = TimeSpan.FromSeconds(10) };
        Stub.Enqueue(stalled, CalComReplies.BookingList(), stalled, CalComReplies.BookingList());
        var gateway = CreateGateway(ShortTimeouts);

        FailureAssert.ThrowsAsync(FailureKind.CalComTimedOut, () => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));
    }

    [Test]
    public void CreateBooking_WhenReconciliationOutlastsTheTotalTimeout_StopsAtIt()
    {
        var slowList = CalComReplies.BookingList() with { Delay = TimeSpan.FromSeconds(10) };
        Stub.Enqueue(CalComReplies.NestDefault(500, "Internal server error"), slowList, slowList, slowList);
        var gateway = CreateGateway(new Dictionary<string, string?>
        {
            ["AttemptTimeout"] = "00:00:01",
            ["TotalTimeout"] = "00:00:01.500",
            ["RateLimitWaitThreshold"] = "00:00:00",
        });

        FailureAssert.ThrowsAsync(FailureKind.CalComFailed, () => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));
        Assert.That(Stub.Requests.Count(request => request.Method == "POST"), Is.EqualTo(1), "without an answer to the lookup nothing is sent again");
    }

    [Test]
    public void CreateBooking_WhenNothingListens_ThrowsUnreachableWithoutLookingForTheBooking()
    {
        var gateway = CreateGateway(new Dictionary<string, string?> { ["BaseUrl"] = ClosedPort.V2BaseUrl() });

        var thrown = FailureAssert.ThrowsAsync(FailureKind.CalComUnreachable, () => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));

        Assert.That(thrown.InnerException, Is.TypeOf<HttpRequestException>(), "the refused POST itself, not a failed lookup");
    }

    [Test]
    public void FindEventType_WhenNothingListens_ThrowsUnreachable()
    {
        var gateway = CreateGateway(new Dictionary<string, string?>(ShortTimeouts) { ["BaseUrl"] = ClosedPort.V2BaseUrl() });

        FailureAssert.ThrowsAsync(FailureKind.CalComUnreachable, () => gateway.FindEventTypeAsync(EventTypeId.From(7), CancellationToken.None));
    }

    [TestCase(SocketError.ConnectionRefused)]
    [TestCase(SocketError.HostNotFound)]
    public async Task CreateBooking_WhenTheConnectionCouldNotBeOpened_SendsThePostAgain(SocketError error)
    {
        Stub.Enqueue(CalComReplies.BookingCreated());
        var connects = new FailingConnects(failures: 1, error);
        var gateway = CreateGateway(ShortTimeouts, WithPrimaryHandler(connects.CreateHandler));

        var booking = await gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(booking.Id?.Value, Is.EqualTo("bk_7f3a"));
            Assert.That(connects.Attempts, Is.EqualTo(2));
            Assert.That(Stub.Requests.Select(request => request.Method), Is.EqualTo(new[] { "POST" }), "the first POST never left");
        });
    }

    [Test]
    public void CreateBooking_WhenTheConnectionNeverOpens_GivesUpAfterTwoRetries()
    {
        var connects = new FailingConnects(failures: int.MaxValue, SocketError.ConnectionRefused);
        var gateway = CreateGateway(ShortTimeouts, WithPrimaryHandler(connects.CreateHandler));

        FailureAssert.ThrowsAsync(FailureKind.CalComUnreachable, () => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));
        Assert.Multiple(() =>
        {
            Assert.That(connects.Attempts, Is.EqualTo(3));
            Assert.That(Stub.Requests, Is.Empty);
        });
    }

    [Test]
    public async Task CreateBooking_WhenTheConnectionDropsAfterSending_IsNotSentAgainBeforeLooking()
    {
        Stub.Enqueue(StubReply.Abort(), CalComReplies.BookingList(CalComReplies.Booking()));
        var gateway = CreateGateway(ShortTimeouts);

        await gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        Assert.That(Stub.Requests.Select(request => request.Method), Is.EqualTo(new[] { "POST", "GET" }));
    }

    [Test]
    public async Task FindEventType_WhenConnectionIsDroppedOnce_IsRetried()
    {
        Stub.Enqueue(StubReply.Abort(), CalComReplies.EventType(id: 7));

        var eventType = await CreateGateway(ShortTimeouts).FindEventTypeAsync(EventTypeId.From(7), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(eventType!.Id, Is.EqualTo(EventTypeId.From(7)));
            Assert.That(Stub.Requests, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task CreateBooking_WhenRateLimitResetsSoon_WaitsItOutAndSendsAgain()
    {
        Stub.Enqueue(RateLimited(reset: "0"), CalComReplies.BookingCreated());

        var booking = await CreateGateway().CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(booking.Id?.Value, Is.EqualTo("bk_7f3a"));
            Assert.That(Stub.Requests.Select(request => request.Method), Is.EqualTo(new[] { "POST", "POST" }), "Cal.com's throttler answers before booking anything");
        });
    }

    [Test]
    public void CreateBooking_WhenRateLimitResetsLaterThanTheThreshold_ThrowsRateLimitedAtOnce()
    {
        Stub.Enqueue(RateLimited(reset: "3"), CalComReplies.BookingCreated());
        var gateway = CreateGateway();

        var thrown = FailureAssert.ThrowsAsync(FailureKind.RateLimited, () => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(thrown.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(3)));
            Assert.That(Stub.Requests, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void CreateBooking_WhenWaitingIsSwitchedOff_ThrowsRateLimitedEvenForAShortReset()
    {
        Stub.Enqueue(RateLimited(reset: "0"), CalComReplies.BookingCreated());
        var gateway = CreateGateway(new Dictionary<string, string?> { ["RateLimitWaitThreshold"] = "00:00:00" });

        FailureAssert.ThrowsAsync(FailureKind.RateLimited, () => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));
        Assert.That(Stub.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task FindEventType_WhenRateLimitResetsSoon_WaitsItOut()
    {
        Stub.Enqueue(RateLimited(reset: "0"), CalComReplies.EventType(id: 7));

        var eventType = await CreateGateway().FindEventTypeAsync(EventTypeId.From(7), CancellationToken.None);

        Assert.That(eventType!.Id, Is.EqualTo(EventTypeId.From(7)));
    }

    [Test]
    public void CreateBooking_WhenCallerCancels_PropagatesCancellation()
    {
        Stub.Enqueue(CalComReplies.BookingCreated() with { Delay = TimeSpan.FromSeconds(10) });
        var gateway = CreateGateway();
        using var caller = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        Assert.CatchAsync<OperationCanceledException>(() => gateway.CreateBookingAsync(BookingRequests.Valid(), null, caller.Token));
        Assert.That(Stub.Requests, Has.Count.EqualTo(1), "a caller who left gets no reconciliation");
    }

    [Test]
    public void FindEventType_WhenCallerAlreadyCancelled_PropagatesCancellation()
    {
        var gateway = CreateGateway();

        Assert.CatchAsync<OperationCanceledException>(() => gateway.FindEventTypeAsync(EventTypeId.From(7), new CancellationToken(canceled: true)));
    }

    private static StubReply RateLimited(string reset) =>
        CalComReplies.Envelope(429, "ThrottlerException", "CustomThrottlerGuard - Too many requests. Please try again later.")
            .WithHeader("X-RateLimit-Remaining-Default", "0")
            .WithHeader("X-RateLimit-Reset-Default", reset);
}
