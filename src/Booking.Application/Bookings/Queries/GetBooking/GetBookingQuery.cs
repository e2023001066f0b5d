using MediatR;

namespace Booking.Application.Bookings.Queries.GetBooking;

/// <summary>Read a booking with its current status.</summary>
public sealed record GetBookingQuery : IRequest<BookingResult>
{
    public string? ReservationId { get; init; }
}
