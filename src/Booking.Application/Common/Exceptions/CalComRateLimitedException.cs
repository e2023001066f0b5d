namespace Booking.Application.Common.Exceptions;

/// <summary>Cal.com's rate limit for our key is spent; <see cref="RetryAfter"/> says when it resets.</summary>
public sealed class CalComRateLimitedException(TimeSpan retryAfter)
    : Exception("Cal.com's rate limit is spent.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
