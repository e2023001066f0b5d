namespace Booking.Application.Common.Idempotency;

/// <summary>
/// Remembers, per idempotency key, that a request is in flight or what its final result was, so a repeat can be
/// answered without doing the work twice. Implementations must make <see cref="ClaimAsync"/> atomic across every
/// instance that shares the store.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>Claims <paramref name="key"/> for a new execution unless it is already in flight or completed.</summary>
    /// <param name="claimTimeout">How long a claim lasts if its owner never completes or releases it (e.g. a crash).</param>
    Task<IdempotencyLookup> ClaimAsync(string key, string fingerprint, TimeSpan claimTimeout, CancellationToken cancellationToken);

    /// <summary>Stores the final result of the execution that holds the claim, for <paramref name="retention"/>.</summary>
    Task CompleteAsync(string key, string fingerprint, byte[] result, TimeSpan retention, CancellationToken cancellationToken);

    /// <summary>Gives the claim up without a result, so a repeat runs again (the outcome was not final).</summary>
    Task ReleaseAsync(string key, CancellationToken cancellationToken);
}
