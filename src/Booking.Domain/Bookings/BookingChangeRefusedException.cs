namespace Booking.Domain.Bookings;

/// <summary>The booking exists but cannot undergo <see cref="Change"/> in its state; the message says why.</summary>
public sealed class BookingChangeRefusedException(BookingChange change, string reason) : Exception(reason)
{
    public BookingChange Change { get; } = change;
}
