namespace Booking.Application.Common.CalCom;

/// <summary>What the gateway sends as Cal.com's <c>POST /v2/slots/reservations</c> (cal-api-version 2024-09-04).</summary>
public sealed record CalComSlotHoldRequest
{
    public required int EventTypeId { get; init; }

    /// <summary>Slot start, UTC.</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>Sent only for event types that offer several lengths; the event type's length otherwise.</summary>
    public int? DurationMinutes { get; init; }
}
