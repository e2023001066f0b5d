using Booking.Application.Common.Failures;
using Booking.Application.Common.Idempotency;
using Booking.Infrastructure.Idempotency;
using Booking.Infrastructure.Tests.Support;
using Booking.TestSupport;
using StackExchange.Redis;

namespace Booking.Infrastructure.Tests.Idempotency;

/// <summary>The same contract against a real redis-server on 127.0.0.1, plus what only a shared store can show.</summary>
[NonParallelizable]
public sealed class RedisIdempotencyStoreTests : IdempotencyStoreContractTests
{
    private static RedisServer? server;
    private static ConnectionMultiplexer? connection;

    [OneTimeSetUp]
    public static async Task StartRedis()
    {
        server = await RedisServer.StartAsync();
        connection = await ConnectionMultiplexer.ConnectAsync(server.Configuration);
    }

    [OneTimeTearDown]
    public static async Task StopRedis()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }

        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    protected override IIdempotencyStore Store => new RedisIdempotencyStore(connection!);

    [Test]
    public async Task TwoInstances_ShareOneTruth()
    {
        await using var otherConnection = await ConnectionMultiplexer.ConnectAsync(server!.Configuration);
        var instanceA = new RedisIdempotencyStore(connection!);
        var instanceB = new RedisIdempotencyStore(otherConnection);

        await instanceA.ClaimAsync("shared", "fp-1", TimeSpan.FromMinutes(1), CancellationToken.None);
        await instanceA.CompleteAsync("shared", "fp-1", [42], TimeSpan.FromMinutes(1), CancellationToken.None);

        var seenByB = await instanceB.ClaimAsync("shared", "fp-1", TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.That(seenByB.State, Is.EqualTo(IdempotencyState.Completed));
        Assert.That(seenByB.Result, Is.EqualTo(new byte[] { 42 }));
    }

    [Test]
    public async Task Keys_ExpireInRedis()
    {
        await Store.ClaimAsync("expiring", "fp-1", TimeSpan.FromMinutes(2), CancellationToken.None);

        var ttl = await connection!.GetDatabase().KeyTimeToLiveAsync("booking-api:idempotency:expiring");

        Assert.That(ttl, Is.GreaterThan(TimeSpan.FromMinutes(1)).And.LessThanOrEqualTo(TimeSpan.FromMinutes(2)));
    }

    [Test]
    public async Task Claim_WhenRedisIsDown_ReportsTheStoreUnavailable()
    {
        var options = ConfigurationOptions.Parse($"127.0.0.1:{ClosedPort.Port()}");
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 200;
        options.SyncTimeout = 200;
        options.AsyncTimeout = 200;
        await using var nowhere = await ConnectionMultiplexer.ConnectAsync(options);

        FailureAssert.ThrowsAsync(FailureKind.IdempotencyStoreUnavailable, () =>
            new RedisIdempotencyStore(nowhere).ClaimAsync("k", "fp", TimeSpan.FromMinutes(1), CancellationToken.None));
    }
}
