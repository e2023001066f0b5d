using System.Diagnostics;
using Booking.Application.Common.Exceptions;
using Booking.Infrastructure.Tests.Support;

namespace Booking.Infrastructure.Tests;

/// <summary>The real HTTP pipeline: retries only for safe methods, timeouts, and transport failures.</summary>
public sealed class ResilienceTests : GatewayTestBase
{
    private static readonly Dictionary<string, string?> ShortTimeouts = new()
    {
        ["AttemptTimeout"] = "00:00:00.300",
        ["TotalTimeout"] = "00:00:02",
    };

    [TestCase(500)]
    [TestCase(502)]
    [TestCase(503)]
    [TestCase(504)]
    public void CreateBooking_WhenCalComFails_IsNotRetried(int status)
    {
        Stub.Enqueue(CalComReplies.NestDefault(status, "Internal server error"), CalComReplies.BookingCreated());
        var gateway = CreateGateway();

        Assert.ThrowsAsync<CalComUpstreamException>(() => gateway.CreateBookingAsync(BookingRequests.Valid(), CancellationToken.None));
        Assert.That(Stub.Requests, Has.Count.EqualTo(1), "a retried POST could book twice");
    }

    [Test]
    public async Task FindEventType_WhenCalComFailsTransiently_IsRetried()
    {
        Stub.Enqueue(CalComReplies.NestDefault(503, "Service unavailable"), CalComReplies.EventType(id: 7));

        var eventType = await CreateGateway(ShortTimeouts).FindEventTypeAsync(7, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(eventType!.Id, Is.EqualTo(7));
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

        Assert.ThrowsAsync<CalComUpstreamException>(() => gateway.FindEventTypeAsync(7, CancellationToken.None));
        Assert.That(Stub.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public void CreateBooking_WhenAnAttemptTimesOut_ThrowsTimeoutWithoutRetrying()
    {
        Stub.Enqueue(CalComReplies.BookingCreated() with { Delay = TimeSpan.FromSeconds(10) });
        var gateway = CreateGateway(ShortTimeouts);
        var clock = Stopwatch.StartNew();

        Assert.ThrowsAsync<CalComTimeoutException>(() => gateway.CreateBookingAsync(BookingRequests.Valid(), CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
            Assert.That(Stub.Requests, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void FindEventType_WhenEveryAttemptTimesOut_ThrowsTimeout()
    {
        var slow = CalComReplies.EventType(id: 7) with { Delay = TimeSpan.FromSeconds(10) };
        Stub.Enqueue(slow, slow, slow);
        var gateway = CreateGateway(ShortTimeouts);

        Assert.ThrowsAsync<CalComTimeoutException>(() => gateway.FindEventTypeAsync(7, CancellationToken.None));
        Assert.That(Stub.Requests, Has.Count.EqualTo(3), "each timed-out GET attempt is retried");
    }

    [Test]
    public void CreateBooking_WhenBodyStallsAfterHeaders_ThrowsTimeout()
    {
        Stub.Enqueue(CalComReplies.BookingCreated() with { BodyDelay = TimeSpan.FromSeconds(10) });
        var gateway = CreateGateway(ShortTimeouts);
        var clock = Stopwatch.StartNew();

        Assert.ThrowsAsync<CalComTimeoutException>(() => gateway.CreateBookingAsync(BookingRequests.Valid(), CancellationToken.None));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
    }

    [Test]
    public void CreateBooking_WhenNothingListens_ThrowsUnavailable()
    {
        var gateway = CreateGateway(new Dictionary<string, string?> { ["BaseUrl"] = ClosedPort.V2BaseUrl() });

        Assert.ThrowsAsync<CalComUnavailableException>(() => gateway.CreateBookingAsync(BookingRequests.Valid(), CancellationToken.None));
    }

    [Test]
    public void FindEventType_WhenNothingListens_ThrowsUnavailable()
    {
        var gateway = CreateGateway(new Dictionary<string, string?>(ShortTimeouts) { ["BaseUrl"] = ClosedPort.V2BaseUrl() });

        Assert.ThrowsAsync<CalComUnavailableException>(() => gateway.FindEventTypeAsync(7, CancellationToken.None));
    }

    [Test]
    public void CreateBooking_WhenConnectionIsDropped_ThrowsUnavailableWithoutRetrying()
    {
        Stub.Enqueue(StubReply.Abort(), CalComReplies.BookingCreated());
        var gateway = CreateGateway();

        Assert.ThrowsAsync<CalComUnavailableException>(() => gateway.CreateBookingAsync(BookingRequests.Valid(), CancellationToken.None));
        Assert.That(Stub.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task FindEventType_WhenConnectionIsDroppedOnce_IsRetried()
    {
        Stub.Enqueue(StubReply.Abort(), CalComReplies.EventType(id: 7));

        var eventType = await CreateGateway(ShortTimeouts).FindEventTypeAsync(7, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(eventType!.Id, Is.EqualTo(7));
            Assert.That(Stub.Requests, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void CreateBooking_WhenCallerCancels_PropagatesCancellation()
    {
        Stub.Enqueue(CalComReplies.BookingCreated() with { Delay = TimeSpan.FromSeconds(10) });
        var gateway = CreateGateway();
        using var caller = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        Assert.CatchAsync<OperationCanceledException>(() => gateway.CreateBookingAsync(BookingRequests.Valid(), caller.Token));
    }

    [Test]
    public void FindEventType_WhenCallerAlreadyCancelled_PropagatesCancellation()
    {
        var gateway = CreateGateway();

        Assert.CatchAsync<OperationCanceledException>(() => gateway.FindEventTypeAsync(7, new CancellationToken(canceled: true)));
    }
}
