using Booking.Application.Common.Interfaces;
using Booking.Domain.Bookings;
using MediatR;

namespace Booking.Application.Bookings.Queries.GetBooking;

public sealed class GetBookingQueryHandler(ICalComGateway calCom) : IRequestHandler<GetBookingQuery, BookingResult>
{
    public async Task<BookingResult> Handle(GetBookingQuery request, CancellationToken cancellationToken)
    {
        var reservationId = ReservationId.From(request.ReservationId);
        return BookingResults.From(await calCom.GetBookingAsync(reservationId.Value, cancellationToken));
    }
}
