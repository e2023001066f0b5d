using Booking.Domain.Bookings;
using Booking.Domain.Common;
using MediatR;

namespace Booking.Application.Bookings.Commands.RescheduleBooking;

/// <summary>
/// Move a booking to another time. Cal.com makes a new booking with a new reservation id and cancels the old one;
/// the result is the new booking, naming the one it replaced.
/// </summary>
public sealed record RescheduleBookingCommand : IRequest<BookingAggregate>
{
    public required Parsed<ReservationId> ReservationId { get; init; }

    public required Parsed<TimeSlot> Slot { get; init; }

    public required Parsed<string?> Reason { get; init; }
}
