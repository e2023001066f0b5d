using MediatR;

namespace Booking.Application.Bookings.Commands.CancelBooking;

/// <summary>Cancel a booking. Cancelling one that is cancelled already succeeds again with the same booking.</summary>
public sealed record CancelBookingCommand : IRequest<BookingResult>
{
    public string? ReservationId { get; init; }

    /// <summary>Why; a neutral default is sent when absent, because Cal.com requires a reason from the host's key.</summary>
    public string? Reason { get; init; }
}
