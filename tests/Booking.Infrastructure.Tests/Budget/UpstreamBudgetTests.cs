using System.Net.Sockets;
using Booking.Application.Common.Failures;
using Booking.Domain.Bookings;
using Booking.Application.Common.Interfaces;
using Booking.Infrastructure.CalCom.Budget;
using Booking.Infrastructure.Tests.Support;
using Booking.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Booking.Infrastructure.Tests.Budget;

/// <summary>The budget in the gateway's pipeline: what it counts, what it does not, and what Cal.com's headers change.</summary>
public sealed class UpstreamBudgetTests : GatewayTestBase
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Test]
    public async Task CreateBooking_WhenTheBudgetIsSpent_ThrowsRateLimitedWithoutCallingCalCom()
    {
        Stub.Enqueue(CalComReplies.EventType(), CalComReplies.BookingCreated());
        var gateway = CreateGateway(Budget(permitsPerMinute: 1));
        await gateway.FindEventTypeAsync(EventTypeId.From(42), CancellationToken.None);

        var thrown = FailureAssert.ThrowsAsync(FailureKind.RateLimited, () => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(thrown.RetryAfter, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(Minute), "until the first call leaves the window");
            Assert.That(thrown.Message, Does.Contain("budget"));
            Assert.That(Stub.Requests, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task FindEventType_CountsEveryRetry()
    {
        Stub.Enqueue(CalComReplies.NestDefault(503, "down"), CalComReplies.EventType(id: 7), CalComReplies.EventType(id: 8));
        var gateway = CreateGateway(Budget(permitsPerMinute: 2));
        await gateway.FindEventTypeAsync(EventTypeId.From(7), CancellationToken.None);

        FailureAssert.ThrowsAsync(FailureKind.RateLimited, () => gateway.FindEventTypeAsync(EventTypeId.From(8), CancellationToken.None));
        Assert.That(Stub.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task CreateBooking_CountsTheLookupAndTheRepeat()
    {
        Stub.Enqueue(
            CalComReplies.NestDefault(500, "Internal server error"),
            CalComReplies.BookingList(),
            CalComReplies.BookingCreated(),
            CalComReplies.EventType());
        var gateway = CreateGateway(Budget(permitsPerMinute: 3));
        await gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        FailureAssert.ThrowsAsync(FailureKind.RateLimited, () => gateway.FindEventTypeAsync(EventTypeId.From(42), CancellationToken.None));
        Assert.That(Stub.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public void CreateBooking_WhenTheBudgetRefusesTheLookup_ThrowsTheFirstFailureAndSendsNothingMore()
    {
        Stub.Enqueue(CalComReplies.NestDefault(500, "Internal server error"), CalComReplies.BookingList(), CalComReplies.BookingCreated());
        var gateway = CreateGateway(Budget(permitsPerMinute: 1));

        FailureAssert.ThrowsAsync(FailureKind.CalComFailed, () => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));
        Assert.That(Stub.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task CreateBooking_DoesNotCountACallThatNeverLeft()
    {
        Stub.Enqueue(CalComReplies.BookingCreated());
        var connects = new FailingConnects(failures: 1, SocketError.ConnectionRefused);
        var gateway = CreateGateway(Budget(permitsPerMinute: 1), WithPrimaryHandler(connects.CreateHandler));

        var booking = await gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(booking.Id?.Value, Is.EqualTo("bk_7f3a"), "the refused attempt gave its call back to the repeat");
            Assert.That(connects.Attempts, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task FindEventType_WhenCalComSaysTheWindowIsUsedUp_StopsCallingUntilItResets()
    {
        Stub.Enqueue(
            CalComReplies.EventType(id: 7).WithHeader("X-RateLimit-Remaining-Default", "0").WithHeader("X-RateLimit-Reset-Default", "30"),
            CalComReplies.EventType(id: 8));
        var gateway = CreateGateway();
        await gateway.FindEventTypeAsync(EventTypeId.From(7), CancellationToken.None);

        var thrown = FailureAssert.ThrowsAsync(FailureKind.RateLimited, () => gateway.FindEventTypeAsync(EventTypeId.From(8), CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(thrown.RetryAfter, Is.GreaterThan(TimeSpan.FromSeconds(25)).And.LessThanOrEqualTo(TimeSpan.FromSeconds(30)));
            Assert.That(Stub.Requests, Has.Count.EqualTo(1), "Cal.com would have blocked the key for a minute");
        });
    }

    [Test]
    public async Task FindEventType_WhenCalComHasCallsLeft_KeepsCalling()
    {
        Stub.Enqueue(
            CalComReplies.EventType(id: 7).WithHeader("X-RateLimit-Remaining-Default", "1").WithHeader("X-RateLimit-Reset-Default", "30"),
            CalComReplies.EventType(id: 8));
        var gateway = CreateGateway();
        await gateway.FindEventTypeAsync(EventTypeId.From(7), CancellationToken.None);

        var eventType = await gateway.FindEventTypeAsync(EventTypeId.From(8), CancellationToken.None);

        Assert.That(eventType!.Id, Is.EqualTo(EventTypeId.From(8)));
    }

    [Test]
    public void CreateBooking_AfterCalComSaidTooManyRequests_StopsCallingUntilItResets()
    {
        Stub.Enqueue(
            CalComReplies.Envelope(429, "ThrottlerException", "Too many requests").WithHeader("X-RateLimit-Reset-Default", "40"),
            CalComReplies.BookingCreated());
        var gateway = CreateGateway();
        FailureAssert.ThrowsAsync(FailureKind.RateLimited, () => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));

        var thrown = FailureAssert.ThrowsAsync(FailureKind.RateLimited, () => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(thrown.RetryAfter, Is.GreaterThan(TimeSpan.FromSeconds(35)).And.LessThanOrEqualTo(TimeSpan.FromSeconds(40)));
            Assert.That(Stub.Requests, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void AddInfrastructure_WithoutRedis_CountsInThisInstance() =>
        Assert.That(BuildServices().GetRequiredService<IUpstreamBudget>(), Is.TypeOf<InMemoryUpstreamBudget>());

    [Test]
    public async Task Gateways_OfTwoInstancesSharingRedis_ShareOneBudget()
    {
        await using var redis = await RedisServer.StartAsync();
        Stub.Enqueue(CalComReplies.EventType(id: 1), CalComReplies.EventType(id: 2), CalComReplies.EventType(id: 3));
        var first = BuildServices(Budget(permitsPerMinute: 2), redis: redis.Configuration);
        var second = BuildServices(Budget(permitsPerMinute: 2), redis: redis.Configuration);

        await first.GetRequiredService<ICalComGateway>().FindEventTypeAsync(EventTypeId.From(1), CancellationToken.None);
        await second.GetRequiredService<ICalComGateway>().FindEventTypeAsync(EventTypeId.From(2), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(first.GetRequiredService<IUpstreamBudget>(), Is.TypeOf<RedisUpstreamBudget>());
            FailureAssert.ThrowsAsync(FailureKind.RateLimited, () => first.GetRequiredService<ICalComGateway>().FindEventTypeAsync(EventTypeId.From(3), CancellationToken.None));
            Assert.That(Stub.Requests, Has.Count.EqualTo(2));
        });
    }

    private static Dictionary<string, string?> Budget(int permitsPerMinute) =>
        new() { ["UpstreamBudget:PermitsPerMinute"] = permitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
