namespace Booking.Api.Security;

/// <summary>Section <c>InboundRateLimit</c>: how many <c>/api</c> requests one client may make per minute.</summary>
public sealed class InboundRateLimitOptions
{
    public const string SectionName = "InboundRateLimit";

    public int PermitsPerMinute { get; set; } = 120;
}
