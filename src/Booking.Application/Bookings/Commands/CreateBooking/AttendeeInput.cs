namespace Booking.Application.Bookings.Commands.CreateBooking;

public sealed record AttendeeInput
{
    public string? Name { get; init; }

    public string? Email { get; init; }
}
