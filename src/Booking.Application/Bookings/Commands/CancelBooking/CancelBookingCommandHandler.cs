using Booking.Application.Common.Interfaces;
using Booking.Domain.Bookings;
using MediatR;

namespace Booking.Application.Bookings.Commands.CancelBooking;

public sealed class CancelBookingCommandHandler(ICalComGateway calCom) : IRequestHandler<CancelBookingCommand, BookingResult>
{
    /// <summary>
    /// Cal.com requires a reason when the host's key cancels (ours is the host's), and shows it to the attendee, so
    /// without one from the client this neutral sentence is sent.
    /// </summary>
    public const string DefaultReason = "Cancelled through the booking API.";

    public async Task<BookingResult> Handle(CancelBookingCommand request, CancellationToken cancellationToken)
    {
        var reservationId = ReservationId.From(request.ReservationId);
        var reason = BookingChangeReason.Normalize(request.Reason) ?? DefaultReason;

        // Read first: Cal.com cancels every occurrence when given a recurring series' uid (the read refuses that), and
        // cancelling twice is not an error for our clients, so a booking cancelled already is simply returned.
        var current = await calCom.GetBookingAsync(reservationId.Value, cancellationToken);
        if (BookingResults.StatusOf(current) == BookingStatus.Cancelled)
        {
            return BookingResults.From(current);
        }

        // Null when someone cancelled it between the read and now.
        var cancelled = await calCom.CancelBookingAsync(reservationId.Value, reason, cancellationToken)
            ?? await calCom.GetBookingAsync(reservationId.Value, cancellationToken);
        return BookingResults.From(cancelled);
    }
}
