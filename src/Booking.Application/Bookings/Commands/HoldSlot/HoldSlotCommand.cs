using MediatR;

namespace Booking.Application.Bookings.Commands.HoldSlot;

/// <summary>
/// Hold a slot for a few minutes while the attendee fills in a form. A hold is NOT a booking: it only hides the slot
/// from other slot searches and holds, and does not stop anyone from booking it (CONTRACT §4).
/// </summary>
public sealed record HoldSlotCommand : IRequest<SlotHoldResult>
{
    public string? EventTypeId { get; init; }

    public string? Start { get; init; }

    /// <summary>The slot's length for event types that offer several; their default length when absent.</summary>
    public int? DurationMinutes { get; init; }
}
