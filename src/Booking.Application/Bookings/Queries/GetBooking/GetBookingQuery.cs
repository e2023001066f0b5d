using Booking.Domain.Bookings;
using Booking.Domain.Common;
using MediatR;

namespace Booking.Application.Bookings.Queries.GetBooking;

/// <summary>Read a booking with its current status.</summary>
public sealed record GetBookingQuery : IRequest<BookingAggregate>
{
    public required Parsed<ReservationId> ReservationId { get; init; }
}
