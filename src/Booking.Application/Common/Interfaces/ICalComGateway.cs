using Booking.Application.Common.CalCom;

namespace Booking.Application.Common.Interfaces;

/// <summary>
/// The application's only door to Cal.com. Implementations translate every Cal.com failure into one of the
/// exceptions in <c>Booking.Application.Common.Exceptions</c>; no HTTP or JSON type crosses this boundary.
/// Reads may be retried; writes (every POST) are sent once.
/// </summary>
public interface ICalComGateway
{
    /// <summary>
    /// Reads an event type's lengths. Returns <c>null</c> when Cal.com will not serve it to this key
    /// (it only serves event types the key's owner owns), so the booking call can decide instead.
    /// </summary>
    Task<CalComEventType?> FindEventTypeAsync(int eventTypeId, CancellationToken cancellationToken);

    /// <summary>Creates a permanent booking (Cal.com <c>POST /v2/bookings</c>). Never retried blindly.</summary>
    Task<CalComBooking> CreateBookingAsync(CalComBookingRequest request, CancellationToken cancellationToken);

    /// <summary>Lists the free slots of an event type (Cal.com <c>GET /v2/slots</c>), oldest first.</summary>
    Task<IReadOnlyList<CalComSlot>> FindAvailableSlotsAsync(CalComSlotsQuery query, CancellationToken cancellationToken);

    /// <summary>Reads a booking by uid (Cal.com <c>GET /v2/bookings/{uid}</c>).</summary>
    Task<CalComBooking> GetBookingAsync(string uid, CancellationToken cancellationToken);

    /// <summary>
    /// Cancels a booking (Cal.com <c>POST /v2/bookings/{uid}/cancel</c>) and returns it as Cal.com re-read it.
    /// Returns <c>null</c> when Cal.com reports that the booking was cancelled already, so the caller can read it instead.
    /// </summary>
    Task<CalComBooking?> CancelBookingAsync(string uid, string reason, CancellationToken cancellationToken);

    /// <summary>Moves a booking to a new start (Cal.com <c>POST /v2/bookings/{uid}/reschedule</c>); returns the new booking, which has a new uid.</summary>
    Task<CalComBooking> RescheduleBookingAsync(CalComRescheduleRequest request, CancellationToken cancellationToken);

    /// <summary>Holds a slot for a few minutes (Cal.com <c>POST /v2/slots/reservations</c>). A hold is not a booking.</summary>
    Task<CalComSlotHold> HoldSlotAsync(CalComSlotHoldRequest request, CancellationToken cancellationToken);
}
