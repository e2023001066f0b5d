namespace Booking.Infrastructure.CalCom.Budget;

/// <summary>Thrown instead of calling Cal.com when the budget is spent; the gateway turns it into a rate-limit error.</summary>
internal sealed class UpstreamBudgetExhaustedException(TimeSpan retryAfter)
    : Exception("The budget of calls to Cal.com is spent.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
