namespace Booking.Api.Contracts.Bookings;

public sealed record AttendeeResponse
{
    public required string Name { get; init; }

    public required string Email { get; init; }
}
