namespace Booking.Application.Common.CalCom;

/// <summary>What the gateway sends as Cal.com's <c>POST /v2/bookings/{uid}/reschedule</c> (cal-api-version 2024-08-13).</summary>
public sealed record CalComRescheduleRequest
{
    /// <summary>The booking to move.</summary>
    public required string Uid { get; init; }

    /// <summary>The new start, UTC. Cal.com keeps the event type's default length.</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>Shown to the attendee and the host; optional.</summary>
    public string? Reason { get; init; }
}
