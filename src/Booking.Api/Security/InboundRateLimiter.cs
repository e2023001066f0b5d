namespace Booking.Api.Security;

/// <summary>The per-client window of <see cref="InboundRateLimiting"/>, one for the process.</summary>
public sealed class InboundRateLimiter(FixedWindowCounter counter)
{
    public FixedWindowCounter Counter { get; } = counter;
}
