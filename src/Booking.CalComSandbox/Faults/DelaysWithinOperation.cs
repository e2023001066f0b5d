namespace Booking.CalComSandbox.Faults;

/// <summary>Endpoint metadata: the endpoint applies a queued delay itself (see <see cref="ProcessingDelay"/>).</summary>
internal sealed class DelaysWithinOperation
{
    public static DelaysWithinOperation Instance { get; } = new();
}
