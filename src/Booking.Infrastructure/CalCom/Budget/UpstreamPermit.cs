namespace Booking.Infrastructure.CalCom.Budget;

/// <summary>
/// The budget's answer: a granted call, numbered by the budget that granted it so it can be returned there, or a
/// refusal with the time until a call frees.
/// </summary>
internal sealed record UpstreamPermit
{
    private UpstreamPermit(IUpstreamBudget? issuer, long number, TimeSpan retryAfter)
    {
        Issuer = issuer;
        Number = number;
        RetryAfter = retryAfter;
    }

    /// <summary>The budget that granted the call; null when refused.</summary>
    public IUpstreamBudget? Issuer { get; }

    /// <summary>The issuer's own number for the call.</summary>
    public long Number { get; }

    public TimeSpan RetryAfter { get; }

    public bool IsGranted => Issuer is not null;

    public bool IsFrom(IUpstreamBudget budget) => ReferenceEquals(Issuer, budget);

    public static UpstreamPermit Granted(IUpstreamBudget issuer, long number) => new(issuer, number, TimeSpan.Zero);

    public static UpstreamPermit Refused(TimeSpan retryAfter) => new(null, 0, retryAfter);
}
