using Booking.Application.Common.Interfaces;
using Booking.Domain.Bookings;
using MediatR;

namespace Booking.Application.Bookings.Queries.GetBooking;

public sealed class GetBookingQueryHandler(ICalComGateway calCom) : IRequestHandler<GetBookingQuery, BookingAggregate>
{
    public Task<BookingAggregate> Handle(GetBookingQuery request, CancellationToken cancellationToken) =>
        calCom.GetBookingAsync(request.ReservationId.Value, cancellationToken);
}
