using Booking.Application.Common.CalCom;

namespace Booking.Application.Common.Interfaces;

/// <summary>
/// The application's only door to Cal.com. Implementations translate every Cal.com failure into one of the
/// exceptions in <c>Booking.Application.Common.Exceptions</c>; no HTTP or JSON type crosses this boundary.
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
}
