using Booking.Application.Common.CalCom;
using Booking.Domain.Bookings;
using Booking.Domain.EventTypes;
using Booking.Domain.Slots;

namespace Booking.Application.Common.Interfaces;

/// <summary>
/// The application's only door to Cal.com. Implementations report every Cal.com failure as a
/// <see cref="Failures.FailureException"/>; no HTTP or JSON type crosses this boundary. Reads may be retried; writes
/// (every POST) are sent once.
/// </summary>
public interface ICalComGateway
{
    /// <summary>
    /// Reads an event type. Returns <c>null</c> when Cal.com will not serve it to this key (it only serves event types
    /// the key's owner owns or hosts), so the booking call can decide instead.
    /// </summary>
    Task<EventType?> FindEventTypeAsync(EventTypeId eventTypeId, CancellationToken cancellationToken);

    /// <summary>
    /// Creates the permanent booking <paramref name="requested"/> asks for (Cal.com <c>POST /v2/bookings</c>), never
    /// blindly twice, and returns it as Cal.com booked it, for the requested attendee. <paramref name="eventType"/> is
    /// the event type when Cal.com serves it (what to send depends on it).
    /// </summary>
    Task<BookingAggregate> CreateBookingAsync(BookingAggregate requested, EventType? eventType, CancellationToken cancellationToken);

    /// <summary>Reads one booking (Cal.com <c>GET /v2/bookings/{uid}</c>); a recurring series' uid is an invalid request.</summary>
    Task<BookingAggregate> GetBookingAsync(ReservationId id, CancellationToken cancellationToken);

    /// <summary>
    /// Cancels a booking (Cal.com <c>POST /v2/bookings/{uid}/cancel</c>) and returns it as Cal.com re-read it, or
    /// <c>null</c> when Cal.com reports that it was cancelled already.
    /// </summary>
    Task<BookingAggregate?> CancelBookingAsync(ReservationId id, string reason, CancellationToken cancellationToken);

    /// <summary>
    /// Moves <paramref name="booking"/> to <paramref name="newSlot"/>'s start (Cal.com <c>POST /v2/bookings/{uid}/reschedule</c>)
    /// and returns the new booking Cal.com made, which has a new id.
    /// </summary>
    Task<BookingAggregate> RescheduleBookingAsync(BookingAggregate booking, TimeSlot newSlot, string? reason, CancellationToken cancellationToken);

    /// <summary>Lists the free slots of an event type in a window (Cal.com <c>GET /v2/slots</c>), oldest first.</summary>
    Task<IReadOnlyList<CalComSlot>> FindAvailableSlotsAsync(EventTypeId eventTypeId, SlotSearchWindow window, CancellationToken cancellationToken);

    /// <summary>
    /// Holds a slot for a few minutes (Cal.com <c>POST /v2/slots/reservations</c>). A hold is not a booking.
    /// <paramref name="durationMinutes"/> is the slot's length when the client chose one, and <paramref name="eventType"/>
    /// the event type when it was read to check that length.
    /// </summary>
    Task<SlotHold> HoldSlotAsync(
        EventTypeId eventTypeId, DateTimeOffset start, int? durationMinutes, EventType? eventType, CancellationToken cancellationToken);
}
