using System.Text;
using Booking.Application.Common.Failures;
using Booking.Application.Common.Idempotency;
using StackExchange.Redis;

namespace Booking.Infrastructure.Idempotency;

/// <summary>
/// The idempotency store shared by every instance: one Redis string per key, claimed with <c>SET NX PX</c> so exactly
/// one instance runs a request. A value is a state byte (<c>P</c> in flight, <c>C</c> completed), the request
/// fingerprint, then the stored result.
/// </summary>
internal sealed class RedisIdempotencyStore(IConnectionMultiplexer redis) : IIdempotencyStore
{
    private const string KeyPrefix = "booking-api:idempotency:";
    private const byte InFlight = (byte)'P';
    private const byte Completed = (byte)'C';

    // Deletes the key only while it is still a claim, so a late release never removes a completed result.
    private const string ReleaseScript = """
        local value = redis.call('GET', KEYS[1])
        if value and string.sub(value, 1, 1) == 'P' then
            return redis.call('DEL', KEYS[1])
        end
        return 0
        """;

    public async Task<IdempotencyLookup> ClaimAsync(string key, string fingerprint, TimeSpan claimTimeout, CancellationToken cancellationToken)
    {
        var database = redis.GetDatabase();
        var redisKey = RedisKeyOf(key);
        try
        {
            // A found key can expire before it is read; then the claim is simply tried again.
            for (var attempt = 0; attempt < 3; attempt++)
            {
                if (await database.StringSetAsync(redisKey, Encode(InFlight, fingerprint, []), claimTimeout, When.NotExists))
                {
                    return IdempotencyLookup.Claimed;
                }

                var existing = (byte[]?)await database.StringGetAsync(redisKey);
                if (existing is { Length: > 0 })
                {
                    return Decode(existing);
                }
            }

            throw new RedisException($"The key was neither claimable nor readable after 3 attempts.");
        }
        catch (RedisException failure)
        {
            throw Unavailable(failure);
        }
    }

    public async Task CompleteAsync(string key, string fingerprint, byte[] result, TimeSpan retention, CancellationToken cancellationToken)
    {
        try
        {
            await redis.GetDatabase().StringSetAsync(RedisKeyOf(key), Encode(Completed, fingerprint, result), retention);
        }
        catch (RedisException failure)
        {
            throw Unavailable(failure);
        }
    }

    public async Task ReleaseAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            await redis.GetDatabase().ScriptEvaluateAsync(ReleaseScript, [RedisKeyOf(key)]);
        }
        catch (RedisException failure)
        {
            throw Unavailable(failure);
        }
    }

    private static RedisKey RedisKeyOf(string key) => KeyPrefix + key;

    private static byte[] Encode(byte state, string fingerprint, byte[] result)
    {
        var fingerprintBytes = Encoding.ASCII.GetBytes(fingerprint);
        var value = new byte[2 + fingerprintBytes.Length + result.Length];
        value[0] = state;
        value[1] = (byte)fingerprintBytes.Length;
        fingerprintBytes.CopyTo(value, 2);
        result.CopyTo(value, 2 + fingerprintBytes.Length);
        return value;
    }

    private static IdempotencyLookup Decode(byte[] value)
    {
        var fingerprintLength = value[1];
        var fingerprint = Encoding.ASCII.GetString(value, 2, fingerprintLength);
        return value[0] == Completed
            ? new IdempotencyLookup(IdempotencyState.Completed, fingerprint, value[(2 + fingerprintLength)..])
            : new IdempotencyLookup(IdempotencyState.InFlight, fingerprint);
    }

    private static FailureException Unavailable(RedisException failure) =>
        new(FailureKind.IdempotencyStoreUnavailable, "The shared idempotency store is unreachable; nothing was done. Retry later.", failure);
}
