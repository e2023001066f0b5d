namespace Booking.Infrastructure.Idempotency;

/// <summary>Section <c>Idempotency</c>.</summary>
public sealed class IdempotencyOptions
{
    public const string SectionName = "Idempotency";

    /// <summary>How long a completed response is replayed for a repeated key (the IETF draft suggests at least 24 h).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a key stays claimed by an execution that never finished (a crashed instance).</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A StackExchange.Redis configuration string (e.g. <c>redis:6379</c>); in-memory when empty.</summary>
    public string? Redis { get; set; }
}
