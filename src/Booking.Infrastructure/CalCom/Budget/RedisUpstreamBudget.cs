using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Booking.Infrastructure.CalCom.Budget;

/// <summary>
/// The budget shared by every instance that uses the same Redis: a sorted set of the calls granted in the last
/// window (score = time in ms) and a "paused until" value, changed only inside Lua scripts so that check-and-take is
/// atomic across instances. Keys carry a hash of the Cal.com key, never the key.
/// </summary>
/// <remarks>
/// When Redis cannot be reached, the instance counts on its own (<paramref name="fallback"/>) rather than refuse
/// every booking: the fleet may then exceed Cal.com's limit, which Cal.com answers with 429s that we pass on.
/// Times come from the instances' clocks (NTP keeps them within milliseconds; the margin below Cal.com's limit
/// absorbs more), which also lets tests drive the window with a fake clock.
/// </remarks>
internal sealed partial class RedisUpstreamBudget(
    IConnectionMultiplexer redis,
    InMemoryUpstreamBudget fallback,
    UpstreamBudgetKey budgetKey,
    int permitsPerWindow,
    TimeProvider timeProvider,
    ILogger<RedisUpstreamBudget> logger) : IUpstreamBudget
{
    // Returns {1, 0} when granted, {0, ms until a call frees} when refused.
    private const string AcquireScript = """
        local now = tonumber(ARGV[1])
        local window = tonumber(ARGV[2])
        local paused = tonumber(redis.call('GET', KEYS[2]) or '0')
        if paused > now then
          return {0, paused - now}
        end
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
        if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[3]) then
          redis.call('ZADD', KEYS[1], now, ARGV[4])
          redis.call('PEXPIRE', KEYS[1], window)
          return {1, 0}
        end
        local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
        return {0, tonumber(oldest[2]) + window - now}
        """;

    // Moves "paused until" forward only, and lets Redis forget it once it has passed.
    private const string PauseScript = """
        local current = tonumber(redis.call('GET', KEYS[1]) or '0')
        local untilMs = tonumber(ARGV[1])
        if untilMs > current then
          redis.call('SET', KEYS[1], untilMs, 'PX', ARGV[2])
        end
        return 0
        """;

    private readonly RedisKey callsKey = $"booking-api:calcom-budget:{{{budgetKey.Value}}}:calls";
    private readonly RedisKey pausedKey = $"booking-api:calcom-budget:{{{budgetKey.Value}}}:paused-until";
    // Members of the sorted set are unique across instances: this instance's id and the call's number.
    private readonly string instanceId = Guid.NewGuid().ToString("N");
    private long lastNumber;
    private int sharing = 1;

    public async ValueTask<UpstreamPermit> TryAcquireAsync(CancellationToken cancellationToken)
    {
        if (!redis.IsConnected)
        {
            return await FallBackAsync(null, cancellationToken);
        }

        var permit = UpstreamPermit.Granted(this, Interlocked.Increment(ref lastNumber));
        try
        {
            var reply = (RedisResult[])(await redis.GetDatabase()
                .ScriptEvaluateAsync(
                    AcquireScript,
                    [callsKey, pausedKey],
                    [NowMs(), (long)UpstreamBudgetOptions.Window.TotalMilliseconds, permitsPerWindow, MemberFor(permit)])
                .WaitAsync(cancellationToken))!;
            SharingAgain();
            return (long)reply[0] == 1 ? permit : UpstreamPermit.Refused(TimeSpan.FromMilliseconds((long)reply[1]));
        }
        catch (Exception failure) when (failure is RedisException or TimeoutException)
        {
            return await FallBackAsync(failure, cancellationToken);
        }
    }

    public async ValueTask ReturnAsync(UpstreamPermit permit)
    {
        ArgumentNullException.ThrowIfNull(permit);
        if (permit.IsFrom(this))
        {
            await TryOnRedisAsync(database => database.SortedSetRemoveAsync(callsKey, MemberFor(permit)));
        }
        else
        {
            await fallback.ReturnAsync(permit);
        }
    }

    public async ValueTask PauseAsync(TimeSpan duration)
    {
        // Both learn of the pause, so it holds even if Redis fails a moment later.
        await fallback.PauseAsync(duration);
        var until = timeProvider.GetUtcNow() + duration;
        var ttl = Math.Max(1, (long)Math.Ceiling(duration.TotalMilliseconds));
        await TryOnRedisAsync(database => database.ScriptEvaluateAsync(PauseScript, [pausedKey], [until.ToUnixTimeMilliseconds(), ttl]));
    }

    private async Task TryOnRedisAsync(Func<IDatabase, Task> change)
    {
        if (!redis.IsConnected)
        {
            return;
        }

        try
        {
            await change(redis.GetDatabase());
        }
        catch (Exception failure) when (failure is RedisException or TimeoutException)
        {
            LogChangeLost(logger, failure.GetType().Name);
        }
    }

    private ValueTask<UpstreamPermit> FallBackAsync(Exception? failure, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref sharing, 0) == 1)
        {
            LogFallingBack(logger, failure?.GetType().Name ?? "not connected");
        }

        return fallback.TryAcquireAsync(cancellationToken);
    }

    private void SharingAgain()
    {
        if (Interlocked.Exchange(ref sharing, 1) == 0)
        {
            LogSharingAgain(logger);
        }
    }

    private string MemberFor(UpstreamPermit permit) => $"{instanceId}:{permit.Number}";

    private long NowMs() => timeProvider.GetUtcNow().ToUnixTimeMilliseconds();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is unavailable ({Reason}); this instance counts its Cal.com calls on its own until it is back")]
    private static partial void LogFallingBack(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis is back; the Cal.com call budget is shared again")]
    private static partial void LogSharingAgain(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the shared Cal.com call budget in Redis: {FailureType}")]
    private static partial void LogChangeLost(ILogger logger, string failureType);
}
