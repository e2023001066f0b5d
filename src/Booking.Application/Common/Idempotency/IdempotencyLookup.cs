namespace Booking.Application.Common.Idempotency;

/// <summary>What <see cref="IIdempotencyStore.ClaimAsync"/> found.</summary>
/// <param name="State">Claimed by this call, in flight elsewhere, or completed.</param>
/// <param name="Fingerprint">The fingerprint of the request that owns the key (for in flight and completed).</param>
/// <param name="Result">The stored result (completed only).</param>
public sealed record IdempotencyLookup(IdempotencyState State, string? Fingerprint = null, byte[]? Result = null)
{
    public static readonly IdempotencyLookup Claimed = new(IdempotencyState.Claimed);

    public bool IsSameRequest(string fingerprint) => string.Equals(Fingerprint, fingerprint, StringComparison.Ordinal);
}
