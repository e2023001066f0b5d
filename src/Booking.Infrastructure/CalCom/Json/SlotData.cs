namespace Booking.Infrastructure.CalCom.Json;

/// <summary>One slot of <c>GET /v2/slots</c>: <c>start</c> with the zone's offset, and <c>end</c> in the <c>range</c> format.</summary>
internal sealed record SlotData
{
    public DateTimeOffset? Start { get; init; }

    public DateTimeOffset? End { get; init; }
}
