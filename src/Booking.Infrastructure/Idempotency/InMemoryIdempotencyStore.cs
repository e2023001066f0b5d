using System.Collections.Concurrent;
using Booking.Application.Common.Idempotency;

namespace Booking.Infrastructure.Idempotency;

/// <summary>The idempotency store for a single instance: a dictionary whose entries expire.</summary>
internal sealed class InMemoryIdempotencyStore(TimeProvider timeProvider) : IIdempotencyStore
{
    private const int SweepEvery = 1024;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private int claimsSinceSweep;

    public Task<IdempotencyLookup> ClaimAsync(string key, string fingerprint, TimeSpan claimTimeout, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        SweepNowAndThen(now);

        var claim = new Entry(IdempotencyState.InFlight, fingerprint, null, now + claimTimeout);
        while (true)
        {
            if (entries.TryAdd(key, claim))
            {
                return Task.FromResult(IdempotencyLookup.Claimed);
            }

            if (entries.TryGetValue(key, out var existing))
            {
                if (existing.ExpiresAt > now)
                {
                    return Task.FromResult(new IdempotencyLookup(existing.State, existing.Fingerprint, existing.Result));
                }

                // Expired: replace it only if nobody else did in the meantime.
                if (entries.TryUpdate(key, claim, existing))
                {
                    return Task.FromResult(IdempotencyLookup.Claimed);
                }
            }
        }
    }

    public Task CompleteAsync(string key, string fingerprint, byte[] result, TimeSpan retention, CancellationToken cancellationToken)
    {
        entries[key] = new Entry(IdempotencyState.Completed, fingerprint, result, timeProvider.GetUtcNow() + retention);
        return Task.CompletedTask;
    }

    public Task ReleaseAsync(string key, CancellationToken cancellationToken)
    {
        if (entries.TryGetValue(key, out var existing) && existing.State == IdempotencyState.InFlight)
        {
            entries.TryRemove(new KeyValuePair<string, Entry>(key, existing));
        }

        return Task.CompletedTask;
    }

    private void SweepNowAndThen(DateTimeOffset now)
    {
        if (Interlocked.Increment(ref claimsSinceSweep) % SweepEvery != 0)
        {
            return;
        }

        foreach (var (key, entry) in entries)
        {
            if (entry.ExpiresAt <= now)
            {
                entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            }
        }
    }

    private sealed record Entry(IdempotencyState State, string Fingerprint, byte[]? Result, DateTimeOffset ExpiresAt);
}
