using Booking.Domain.Common;

namespace Booking.Domain.Bookings;

/// <summary>
/// A booking of one Cal.com event type for one attendee. It starts as <see cref="BookingStatus.Requested"/> and
/// becomes <see cref="BookingStatus.Confirmed"/> or <see cref="BookingStatus.Pending"/> once Cal.com has it.
/// </summary>
public sealed class Booking
{
    public EventTypeId EventTypeId { get; }

    public Attendee Attendee { get; }

    /// <summary>The requested slot until Cal.com answers; then the slot Cal.com actually booked.</summary>
    public TimeSlot Slot { get; private set; }

    public BookingStatus Status { get; private set; } = BookingStatus.Requested;

    /// <summary>Cal.com's booking uid, known once Cal.com accepted or holds the booking.</summary>
    public string? ReservationId { get; private set; }

    private Booking(EventTypeId eventTypeId, TimeSlot slot, Attendee attendee)
    {
        EventTypeId = eventTypeId;
        Slot = slot;
        Attendee = attendee;
    }

    /// <summary>Starts a booking request. A booking can only be requested for a slot that has not begun.</summary>
    public static Booking Request(EventTypeId eventTypeId, TimeSlot slot, Attendee attendee, DateTimeOffset now)
    {
        if (!slot.StartsAfter(now))
        {
            throw new DomainException("start", "Start must be in the future.");
        }

        return new Booking(eventTypeId, slot, attendee);
    }

    public void Confirm(string reservationId, TimeSlot bookedSlot) => Complete(BookingStatus.Confirmed, reservationId, bookedSlot);

    public void MarkPending(string reservationId, TimeSlot bookedSlot) => Complete(BookingStatus.Pending, reservationId, bookedSlot);

    private void Complete(BookingStatus status, string reservationId, TimeSlot bookedSlot)
    {
        if (Status != BookingStatus.Requested)
        {
            throw new InvalidOperationException($"A booking that is {Status} cannot become {status}.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(reservationId);
        ReservationId = reservationId;
        Slot = bookedSlot;
        Status = status;
    }
}
