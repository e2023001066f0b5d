namespace Booking.Domain.Bookings;

/// <summary>The changes a client can ask of an existing booking.</summary>
public enum BookingChange
{
    Cancel,
    Reschedule,
}
