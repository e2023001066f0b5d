using Booking.Infrastructure.CalCom.Budget;
using Booking.Infrastructure.Tests.Support;
using Booking.TestSupport;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Booking.Infrastructure.Tests.Budget;

/// <summary>The contract against a real redis-server, and what only a shared budget does: several instances, one limit.</summary>
public sealed class RedisUpstreamBudgetTests : UpstreamBudgetContractTests
{
    private const string ApiKey = "cal_live_budget_test_0123456789abcdef";

    private RedisServer server = null!;
    private ConnectionMultiplexer connection = null!;
    private CapturingLoggerProvider logs = null!;
    private UpstreamBudgetKey key = null!;

    [OneTimeSetUp]
    public async Task StartRedisAsync()
    {
        server = await RedisServer.StartAsync();
        connection = await ConnectionMultiplexer.ConnectAsync(server.Configuration);
    }

    [OneTimeTearDown]
    public async Task StopRedisAsync()
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

    [SetUp]
    public void NewBudgetName()
    {
        logs = new CapturingLoggerProvider();
        key = new UpstreamBudgetKey(Guid.NewGuid().ToString("N"));
    }

    // Every contract test must have run on Redis: a silent fall-back to counting in memory would pass them too.
    [TearDown]
    public void NothingFellBack() =>
        Assert.That(logs.Entries.Where(entry => entry.Level >= LogLevel.Warning).Select(entry => entry.Message), Is.Empty);

    [Test]
    public async Task Instances_SharingRedis_ShareOneLimit()
    {
        await using var otherConnection = await ConnectionMultiplexer.ConnectAsync(server.Configuration);
        var first = CreateBudget(connection, permitsPerMinute: 3);
        var second = CreateBudget(otherConnection, permitsPerMinute: 3);

        var answers = new[]
        {
            await first.TryAcquireAsync(CancellationToken.None),
            await second.TryAcquireAsync(CancellationToken.None),
            await first.TryAcquireAsync(CancellationToken.None),
            await second.TryAcquireAsync(CancellationToken.None),
            await first.TryAcquireAsync(CancellationToken.None),
        };

        Assert.That(answers.Select(answer => answer.IsGranted), Is.EqualTo(new[] { true, true, true, false, false }));
    }

    [Test]
    public async Task Instances_SharingRedis_ShareAPause()
    {
        await using var otherConnection = await ConnectionMultiplexer.ConnectAsync(server.Configuration);
        var first = CreateBudget(connection, permitsPerMinute: 100);
        var second = CreateBudget(otherConnection, permitsPerMinute: 100);

        await first.PauseAsync(TimeSpan.FromSeconds(42));
        var refused = await second.TryAcquireAsync(CancellationToken.None);

        Assert.That(refused.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(42)));
    }

    [Test]
    public async Task Instances_SharingRedis_ReturnACallForEveryone()
    {
        await using var otherConnection = await ConnectionMultiplexer.ConnectAsync(server.Configuration);
        var first = CreateBudget(connection, permitsPerMinute: 1);
        var second = CreateBudget(otherConnection, permitsPerMinute: 1);
        var unsent = await first.TryAcquireAsync(CancellationToken.None);

        await first.ReturnAsync(unsent);

        Assert.That((await second.TryAcquireAsync(CancellationToken.None)).IsGranted, Is.True);
    }

    [Test]
    public async Task Budgets_OfDifferentKeys_AreSeparate()
    {
        var first = CreateBudget(connection, permitsPerMinute: 1);
        var second = new RedisUpstreamBudget(
            connection, new InMemoryUpstreamBudget(1, Clock), new UpstreamBudgetKey(Guid.NewGuid().ToString("N")), 1, Clock, Logger(logs));

        await first.TryAcquireAsync(CancellationToken.None);

        Assert.That((await second.TryAcquireAsync(CancellationToken.None)).IsGranted, Is.True);
    }

    [Test]
    public async Task RedisKeys_CarryAHashOfTheCalComKey_NeverTheKey()
    {
        key = UpstreamBudgetKey.For(ApiKey);
        var budget = CreateBudget(connection, permitsPerMinute: 5);

        await budget.TryAcquireAsync(CancellationToken.None);
        await budget.PauseAsync(TimeSpan.FromSeconds(5));

        var stored = connection.GetServer(connection.GetEndPoints().Single()).Keys(pattern: "*").Select(name => name.ToString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(stored, Has.Some.Contains(key.Value));
            Assert.That(key.Value, Has.Length.EqualTo(32).And.Not.Contains(ApiKey));
            Assert.That(stored, Has.None.Contains(ApiKey).And.None.Contains("cal_"));
        });
    }

    [Test]
    public async Task TryAcquire_WhenRedisIsUnreachable_CountsInThisInstance()
    {
        var options = ConfigurationOptions.Parse($"127.0.0.1:{ClosedPort.Port()}");
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 200;
        await using var unreachable = await ConnectionMultiplexer.ConnectAsync(options);
        var fallbackLogs = new CapturingLoggerProvider();
        var budget = CreateBudget(unreachable, permitsPerMinute: 1, fallbackLogs);

        var first = await budget.TryAcquireAsync(CancellationToken.None);
        var second = await budget.TryAcquireAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(first.IsGranted, Is.True);
            Assert.That(second.IsGranted, Is.False);
            Assert.That(fallbackLogs.Entries.Count(entry => entry.Level == LogLevel.Warning), Is.EqualTo(1), "one warning when falling back, not one per call");
        });
    }

    private protected override IUpstreamBudget CreateBudget(int permitsPerMinute) => CreateBudget(connection, permitsPerMinute);

    private RedisUpstreamBudget CreateBudget(IConnectionMultiplexer redis, int permitsPerMinute, CapturingLoggerProvider? capturing = null) =>
        new(redis, new InMemoryUpstreamBudget(permitsPerMinute, Clock), key, permitsPerMinute, Clock, Logger(capturing ?? logs));

    private static ILogger<RedisUpstreamBudget> Logger(CapturingLoggerProvider capturing) =>
        new Logger<RedisUpstreamBudget>(new LoggerFactory([capturing]));
}
