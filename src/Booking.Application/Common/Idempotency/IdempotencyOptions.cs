namespace Booking.Application.Common.Idempotency;

/// <summary>
/// How long <c>Idempotency-Key</c> records live (section <c>Idempotency</c>). Where they live is the store's concern:
/// in memory, or the Redis server named by <c>Idempotency__Redis</c>.
/// </summary>
public sealed class IdempotencyOptions
{
    public const string SectionName = "Idempotency";

    /// <summary>How long a completed response is replayed for a repeated key (the IETF draft suggests at least 24 h).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a key stays claimed by an execution that never finished (a crashed instance).</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
