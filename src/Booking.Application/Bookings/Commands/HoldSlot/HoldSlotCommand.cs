using Booking.Domain.Bookings;
using Booking.Domain.Common;
using Booking.Domain.Slots;
using MediatR;

namespace Booking.Application.Bookings.Commands.HoldSlot;

/// <summary>
/// Hold a slot for a few minutes while the attendee fills in a form. A hold is NOT a booking: it only hides the slot
/// from other slot searches and holds, and does not stop anyone from booking it (docs/calcom.md#holds).
/// </summary>
public sealed record HoldSlotCommand : IRequest<SlotHold>
{
    public required Parsed<EventTypeId> EventTypeId { get; init; }

    public required Parsed<DateTimeOffset> Start { get; init; }

    /// <summary>The slot's length for event types that offer several; their default length when absent.</summary>
    public int? DurationMinutes { get; init; }
}
