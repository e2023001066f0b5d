using Booking.Domain.Bookings;

namespace Booking.Domain.Slots;

/// <summary>
/// A temporary hold on a slot (Cal.com calls it a slot reservation). NOT a booking: it hides the slot from other slot
/// searches and holds until <see cref="ExpiresAt"/>, but anyone can still book the slot.
/// </summary>
public sealed record SlotHold
{
    /// <summary>Cal.com's uid of the hold.</summary>
    public required string Id { get; init; }

    public required EventTypeId EventTypeId { get; init; }

    public required TimeSlot Slot { get; init; }

    /// <summary>When Cal.com lets the hold go.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }
}
