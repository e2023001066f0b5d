namespace Booking.Application.Common.CalCom;

/// <summary>What the gateway asks Cal.com's <c>GET /v2/slots</c> (cal-api-version 2024-09-04) for.</summary>
public sealed record CalComSlotsQuery
{
    public required int EventTypeId { get; init; }

    /// <summary>Earliest start, UTC.</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>Latest start, UTC; Cal.com includes a slot that starts exactly here.</summary>
    public required DateTimeOffset End { get; init; }
}
