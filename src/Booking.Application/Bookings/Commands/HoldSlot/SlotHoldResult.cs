namespace Booking.Application.Bookings.Commands.HoldSlot;

/// <summary>A temporary hold on a slot, in UTC. Not a booking.</summary>
public sealed record SlotHoldResult
{
    public required string HoldId { get; init; }

    public required int EventTypeId { get; init; }

    public required DateTimeOffset Start { get; init; }

    public required DateTimeOffset End { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }
}
