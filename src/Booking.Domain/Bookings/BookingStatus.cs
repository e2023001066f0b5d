namespace Booking.Domain.Bookings;

public enum BookingStatus
{
    /// <summary>Asked for here, not yet known to Cal.com.</summary>
    Requested,

    /// <summary>Cal.com accepted the booking.</summary>
    Confirmed,

    /// <summary>Cal.com holds the booking until the host confirms it.</summary>
    Pending,

    /// <summary>Cancelled by the attendee or the host, or replaced by a rescheduled booking.</summary>
    Cancelled,

    /// <summary>The host declined a booking that needed confirmation.</summary>
    Rejected,
}
