namespace Booking.Infrastructure.Health;

/// <summary>How readiness is probed. Bound from the <c>Health</c> configuration section.</summary>
internal sealed class HealthOptions
{
    public const string SectionName = "Health";

    /// <summary>
    /// How long a readiness answer is reused. Probes arrive every few seconds from every orchestrator and mesh
    /// sidecar; without this each would spend a request of the Cal.com rate budget.
    /// </summary>
    public TimeSpan ReadyCacheDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long the readiness probe waits for Cal.com to answer.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
