namespace Booking.Infrastructure.CalCom.Budget;

/// <summary>The budget's answer: a granted call with its id, or a refusal with the time until a call frees.</summary>
internal sealed record UpstreamPermit
{
    private UpstreamPermit(string? id, TimeSpan retryAfter)
    {
        Id = id;
        RetryAfter = retryAfter;
    }

    /// <summary>Identifies the granted call so it can be returned; null when refused.</summary>
    public string? Id { get; }

    public TimeSpan RetryAfter { get; }

    public bool IsGranted => Id is not null;

    public static UpstreamPermit Granted() => new(Guid.NewGuid().ToString("N"), TimeSpan.Zero);

    public static UpstreamPermit Refused(TimeSpan retryAfter) => new(null, retryAfter);
}
