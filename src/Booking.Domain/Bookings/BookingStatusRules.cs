namespace Booking.Domain.Bookings;

public static class BookingStatusRules
{
    /// <summary>Whether the booking still holds its slot: only such a booking can be moved to another time.</summary>
    public static bool IsActive(this BookingStatus status) => status is BookingStatus.Confirmed or BookingStatus.Pending;
}
