using Booking.Domain.Common;

namespace Booking.Domain.Bookings;

/// <summary>
/// One booking of a Cal.com event type for one attendee, and the rules of its life: requested → confirmed or pending →
/// cancelled or rejected. A rescheduled booking is a cancelled one that names its replacement, and the replacement
/// names its origin. Cal.com carries each change out; this class decides whether a change may happen and records what
/// Cal.com reports. (Named so that it does not clash with the root namespace <c>Booking</c>.)
/// </summary>
public sealed class BookingAggregate
{
    private BookingAggregate(EventTypeId eventTypeId, TimeSlot slot, Attendee attendee, BookingMetadata metadata, BookingStatus status)
    {
        EventTypeId = eventTypeId;
        Slot = slot;
        Attendee = attendee;
        Metadata = metadata;
        Status = status;
    }

    /// <summary>Cal.com's uid for the booking; null while it is only requested.</summary>
    public ReservationId? Id { get; private set; }

    public EventTypeId EventTypeId { get; }

    /// <summary>The requested slot until Cal.com answers; then the slot Cal.com actually booked.</summary>
    public TimeSlot Slot { get; private set; }

    public Attendee Attendee { get; }

    /// <summary>What the client attached when requesting the booking; empty for a booking read back from Cal.com.</summary>
    public BookingMetadata Metadata { get; }

    public BookingStatus Status { get; private set; }

    /// <summary>On a booking made by rescheduling: the booking it replaced.</summary>
    public ReservationId? RescheduledFrom { get; private set; }

    /// <summary>On a booking that was rescheduled (and so cancelled): the booking that replaced it.</summary>
    public ReservationId? RescheduledTo { get; private set; }

    /// <summary>Whether the booking still holds its slot.</summary>
    public bool IsActive => Status is BookingStatus.Confirmed or BookingStatus.Pending;

    /// <summary>Asks for a booking. A booking can only be requested for a slot that has not begun.</summary>
    public static BookingAggregate Request(EventTypeId eventTypeId, TimeSlot slot, Attendee attendee, BookingMetadata metadata, DateTimeOffset now)
    {
        EnsureFutureStart(slot, now);
        return new BookingAggregate(eventTypeId, slot, attendee, metadata, BookingStatus.Requested);
    }

    /// <summary>A booking Cal.com holds, as Cal.com reports it.</summary>
    public static BookingAggregate Existing(
        ReservationId id,
        BookingStatus status,
        EventTypeId eventTypeId,
        TimeSlot slot,
        Attendee attendee,
        ReservationId? rescheduledFrom = null,
        ReservationId? rescheduledTo = null)
    {
        if (status == BookingStatus.Requested)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A booking Cal.com holds is past being requested.");
        }

        return new BookingAggregate(eventTypeId, slot, attendee, BookingMetadata.None, status)
        {
            Id = id,
            RescheduledFrom = rescheduledFrom,
            RescheduledTo = rescheduledTo,
        };
    }

    /// <summary>Cal.com made the booking: requested → confirmed or pending, with Cal.com's id and the times it booked.</summary>
    public void Booked(ReservationId id, TimeSlot bookedSlot, BookingStatus status)
    {
        if (Status != BookingStatus.Requested)
        {
            throw new InvalidOperationException($"A booking that is {Status} cannot be booked again.");
        }

        if (status is not (BookingStatus.Confirmed or BookingStatus.Pending))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A new booking is confirmed or pending.");
        }

        Id = id;
        Slot = bookedSlot;
        Status = status;
    }

    /// <summary>
    /// Cancels the booking. Cancelling a cancelled booking changes nothing and returns false, so a repeated cancel
    /// succeeds again; a booking that has ended cannot be cancelled.
    /// </summary>
    /// <returns>True when Cal.com must now cancel it.</returns>
    public bool Cancel(DateTimeOffset now)
    {
        var id = KnownId();
        if (Status == BookingStatus.Cancelled)
        {
            return false;
        }

        if (Slot.HasEndedAt(now))
        {
            throw new BookingChangeRefusedException(BookingChange.Cancel, $"Booking {id} has already ended.");
        }

        Status = BookingStatus.Cancelled;
        return true;
    }

    /// <summary>
    /// Checks that the booking may move to <paramref name="newSlot"/>: only a booking that still holds its slot (not
    /// cancelled, rescheduled or rejected) can move, and only to a time that has not begun.
    /// </summary>
    public void EnsureCanMoveTo(TimeSlot newSlot, DateTimeOffset now)
    {
        var id = KnownId();
        if (!IsActive)
        {
            throw new BookingChangeRefusedException(BookingChange.Reschedule, RescheduledTo is { } replacement
                ? $"Booking {id} was rescheduled already; its replacement is {replacement}."
                : $"Booking {id} is {Status.ToString().ToLowerInvariant()}.");
        }

        EnsureFutureStart(newSlot, now);
    }

    /// <summary>Cal.com moved the booking to <paramref name="replacement"/>: this one is now cancelled and points to it, and it points back here.</summary>
    public void RescheduledAs(BookingAggregate replacement)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        var id = KnownId();
        var replacementId = replacement.KnownId();
        if (!IsActive)
        {
            throw new InvalidOperationException($"A booking that is {Status} cannot be rescheduled.");
        }

        Status = BookingStatus.Cancelled;
        RescheduledTo = replacementId;
        replacement.RescheduledFrom = id;
    }

    private ReservationId KnownId() =>
        Id ?? throw new InvalidOperationException("Only a booking Cal.com holds can change; this one is only requested.");

    private static void EnsureFutureStart(TimeSlot slot, DateTimeOffset now)
    {
        if (!FutureStart.IsSatisfiedBy(slot.Start, now))
        {
            throw new DomainException("start", FutureStart.Message);
        }
    }
}
