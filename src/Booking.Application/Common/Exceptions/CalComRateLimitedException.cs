namespace Booking.Application.Common.Exceptions;

/// <summary>
/// Calls to Cal.com must wait: Cal.com's rate limit for our key is spent, or our own budget of calls to it is.
/// <see cref="RetryAfter"/> says when a call can be made again.
/// </summary>
public sealed class CalComRateLimitedException(TimeSpan retryAfter, string reason = CalComRateLimitedException.CalComLimitSpent)
    : Exception(reason)
{
    public const string CalComLimitSpent = "Cal.com's rate limit for this API key is spent.";

    public TimeSpan RetryAfter { get; } = retryAfter;
}
