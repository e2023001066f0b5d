using Booking.Domain.Bookings;
using Booking.Domain.Common;
using MediatR;

namespace Booking.Application.Bookings.Commands.CancelBooking;

/// <summary>Cancel a booking. Cancelling one that is cancelled already succeeds again with the same booking.</summary>
public sealed record CancelBookingCommand : IRequest<BookingAggregate>
{
    public required Parsed<ReservationId> ReservationId { get; init; }

    /// <summary>Why, or null; a neutral default is sent then, because Cal.com requires a reason from the host's key.</summary>
    public required Parsed<string?> Reason { get; init; }
}
