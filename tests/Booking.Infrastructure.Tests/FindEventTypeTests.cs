using Booking.Application.Common.Failures;
using Booking.Domain.Bookings;
using Booking.Infrastructure.Tests.Support;

namespace Booking.Infrastructure.Tests;

public sealed class FindEventTypeTests : GatewayTestBase
{
    [Test]
    public async Task FindEventType_WhenServed_ReadsLengthsAndLocationTypes()
    {
        Stub.Enqueue(CalComReplies.EventType(id: 7, lengthInMinutes: 30, lengthInMinutesOptions: [15, 30, 60], "attendeeDefined", "integration"));

        var eventType = await CreateGateway().FindEventTypeAsync(EventTypeId.From(7), CancellationToken.None);

        Assert.That(eventType, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(eventType!.Id, Is.EqualTo(EventTypeId.From(7)));
            Assert.That(eventType.LengthInMinutes, Is.EqualTo(30));
            Assert.That(eventType.LengthInMinutesOptions, Is.EqualTo(new[] { 15, 30, 60 }));
            Assert.That(eventType.LocationTypes, Is.EqualTo(new[] { "attendeeDefined", "integration" }));
        });
    }

    [TestCase("""{"interval": 1, "occurrences": 6, "frequency": "weekly"}""", "weekly")]
    [TestCase("""{"disabled": true}""", null)]
    [TestCase("null", null)]
    public async Task FindEventType_ReadsWhetherBookingsRepeat(string recurrence, string? frequency)
    {
        Stub.Enqueue(StubReply.Json(200, $$$"""
            {"status": "success", "data": {"id": 7, "lengthInMinutes": 30, "recurrence": {{{recurrence}}}, "ownerId": 1}}
            """));

        var eventType = await CreateGateway().FindEventTypeAsync(EventTypeId.From(7), CancellationToken.None);

        Assert.That((eventType!.RecurrenceFrequency, eventType.IsRecurring), Is.EqualTo((frequency, frequency is not null)));
    }

    [Test]
    public async Task FindEventType_WithoutLengthOptions_ReturnsEmptyOptions()
    {
        Stub.Enqueue(CalComReplies.EventType(id: 7, lengthInMinutes: 45));

        var eventType = await CreateGateway().FindEventTypeAsync(EventTypeId.From(7), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(eventType!.LengthInMinutesOptions, Is.Empty);
            Assert.That(eventType.AllowedLengths, Is.EqualTo(new[] { 45 }));
        });
    }

    [Test]
    public async Task FindEventType_GetsTheEventTypeWithItsOwnVersionAndTheKey()
    {
        Stub.Enqueue(CalComReplies.EventType(id: 7));

        await CreateGateway().FindEventTypeAsync(EventTypeId.From(7), CancellationToken.None);

        var request = Stub.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("GET"));
            Assert.That(request.Path, Is.EqualTo("/v2/event-types/7"));
            Assert.That(request.Header("cal-api-version"), Is.EqualTo("2024-06-14"));
            Assert.That(request.Header("Authorization"), Is.EqualTo($"Bearer {ApiKey}"));
            Assert.That(request.Header("Accept"), Is.EqualTo("application/json"));
        });
    }

    [Test]
    public async Task FindEventType_CalledTwice_AsksCalComOnce()
    {
        Stub.Enqueue(CalComReplies.EventType(id: 7, lengthInMinutes: 30));
        var gateway = CreateGateway();

        var first = await gateway.FindEventTypeAsync(EventTypeId.From(7), CancellationToken.None);
        var second = await gateway.FindEventTypeAsync(EventTypeId.From(7), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.EqualTo(first));
            Assert.That(Stub.Requests, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task FindEventType_ForDifferentIds_CachesEachSeparately()
    {
        Stub.Enqueue(CalComReplies.EventType(id: 7, lengthInMinutes: 30), CalComReplies.EventType(id: 8, lengthInMinutes: 60));
        var gateway = CreateGateway();

        var seven = await gateway.FindEventTypeAsync(EventTypeId.From(7), CancellationToken.None);
        var eight = await gateway.FindEventTypeAsync(EventTypeId.From(8), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(seven!.LengthInMinutes, Is.EqualTo(30));
            Assert.That(eight!.LengthInMinutes, Is.EqualTo(60));
            Assert.That(Stub.Requests.Select(request => request.Path), Is.EqualTo(new[] { "/v2/event-types/7", "/v2/event-types/8" }));
        });
    }

    [Test]
    public async Task FindEventType_WhenCachingIsOff_AsksEveryTime()
    {
        Stub.Enqueue(CalComReplies.EventType(id: 7), CalComReplies.EventType(id: 7));
        var gateway = CreateGateway(new Dictionary<string, string?> { ["EventTypeCacheDuration"] = "00:00:00" });

        await gateway.FindEventTypeAsync(EventTypeId.From(7), CancellationToken.None);
        await gateway.FindEventTypeAsync(EventTypeId.From(7), CancellationToken.None);

        Assert.That(Stub.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task FindEventType_WhenNotFound_ReturnsNullAndRemembersIt()
    {
        Stub.Enqueue(CalComReplies.Envelope(404, "NotFoundException", "Event type with id 7 not found"));
        var gateway = CreateGateway();

        var first = await gateway.FindEventTypeAsync(EventTypeId.From(7), CancellationToken.None);
        var second = await gateway.FindEventTypeAsync(EventTypeId.From(7), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.Null);
            Assert.That(second, Is.Null);
            Assert.That(Stub.Requests, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task FindEventType_WhenForbiddenBecauseNotOwned_ReturnsNull()
    {
        Stub.Enqueue(CalComReplies.Envelope(403, "ForbiddenException", "PermissionsGuard - no authentication provided."));

        var eventType = await CreateGateway().FindEventTypeAsync(EventTypeId.From(7), CancellationToken.None);

        Assert.That(eventType, Is.Null);
    }

    [Test]
    public void FindEventType_WhenKeyIsRejected_ThrowsAuthentication()
    {
        Stub.Enqueue(CalComReplies.Envelope(401, "UnauthorizedException", "CustomThrottlerGuard - Invalid API Key"));
        var gateway = CreateGateway();

        var thrown = FailureAssert.ThrowsAsync(FailureKind.CalComAuthenticationFailed, () => gateway.FindEventTypeAsync(EventTypeId.From(7), CancellationToken.None));

        Assert.That(thrown.Message, Is.EqualTo("CustomThrottlerGuard - Invalid API Key"));
    }

    [Test]
    public void FindEventType_WhenRateLimited_ThrowsRateLimitedWithoutRetrying()
    {
        Stub.Enqueue(CalComReplies.Envelope(429, "ThrottlerException", "CustomThrottlerGuard - Too many requests. Please try again later.")
            .WithHeader("X-RateLimit-Reset-Default", "30"));
        var gateway = CreateGateway();

        var thrown = FailureAssert.ThrowsAsync(FailureKind.RateLimited, () => gateway.FindEventTypeAsync(EventTypeId.From(7), CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(thrown.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(30)));
            Assert.That(Stub.Requests, Has.Count.EqualTo(1), "retrying inside Cal.com's 60 s block only spends quota");
        });
    }

    [Test]
    public async Task FindEventType_WhenBodyIsMalformed_ThrowsCalComFailedAndCachesNothing()
    {
        Stub.Enqueue(StubReply.Json(200, """{"status":"success","data":{"id":7}}"""), CalComReplies.EventType(id: 7));
        var gateway = CreateGateway();

        FailureAssert.ThrowsAsync(FailureKind.CalComFailed, () => gateway.FindEventTypeAsync(EventTypeId.From(7), CancellationToken.None));
        var askedAgain = await gateway.FindEventTypeAsync(EventTypeId.From(7), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(askedAgain, Is.Not.Null);
            Assert.That(Stub.Requests, Has.Count.EqualTo(2));
        });
    }
}
