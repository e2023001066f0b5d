using Booking.Application.Common.Interfaces;
using Booking.Domain.Bookings;
using MediatR;

namespace Booking.Application.Bookings.Commands.CancelBooking;

public sealed class CancelBookingCommandHandler(ICalComGateway calCom, TimeProvider timeProvider)
    : IRequestHandler<CancelBookingCommand, BookingAggregate>
{
    /// <summary>
    /// Cal.com requires a reason when the host's key cancels (ours is the host's), and shows it to the attendee, so
    /// without one from the client this neutral sentence is sent.
    /// </summary>
    public const string DefaultReason = "Cancelled through the booking API.";

    public async Task<BookingAggregate> Handle(CancelBookingCommand request, CancellationToken cancellationToken)
    {
        var id = request.ReservationId.Value;

        // Read first: Cal.com cancels every occurrence when given a recurring series' uid (the read refuses that), and
        // the booking decides whether there is anything to cancel.
        var booking = await calCom.GetBookingAsync(id, cancellationToken);
        if (!booking.Cancel(timeProvider.GetUtcNow()))
        {
            return booking;
        }

        // Null when someone cancelled it between the read and now.
        return await calCom.CancelBookingAsync(id, request.Reason.Value ?? DefaultReason, cancellationToken)
            ?? await calCom.GetBookingAsync(id, cancellationToken);
    }
}
