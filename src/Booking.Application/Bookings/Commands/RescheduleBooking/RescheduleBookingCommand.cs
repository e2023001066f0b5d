using MediatR;

namespace Booking.Application.Bookings.Commands.RescheduleBooking;

/// <summary>
/// Move a booking to another time. Cal.com makes a new booking with a new reservation id and cancels the old one;
/// the result is the new booking, naming the one it replaced.
/// </summary>
public sealed record RescheduleBookingCommand : IRequest<BookingResult>
{
    public string? ReservationId { get; init; }

    /// <summary>New start, ISO-8601 with Z or an offset, as sent.</summary>
    public string? Start { get; init; }

    /// <summary>New end, ISO-8601 with Z or an offset, as sent.</summary>
    public string? End { get; init; }

    public string? Reason { get; init; }
}
