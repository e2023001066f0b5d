using Booking.Application.Common.Interfaces;
using Booking.Domain.Bookings;
using MediatR;

namespace Booking.Application.Bookings.Commands.RescheduleBooking;

public sealed class RescheduleBookingCommandHandler(ICalComGateway calCom, TimeProvider timeProvider)
    : IRequestHandler<RescheduleBookingCommand, BookingAggregate>
{
    public async Task<BookingAggregate> Handle(RescheduleBookingCommand request, CancellationToken cancellationToken)
    {
        var newSlot = request.Slot.Value;

        // The booking is read first, so the booking decides whether it can move: a clear 404 for an unknown id (older
        // Cal.com versions answered a bare 500) and a 409 naming the replacement of a booking rescheduled already.
        var booking = await calCom.GetBookingAsync(request.ReservationId.Value, cancellationToken);
        booking.EnsureCanMoveTo(newSlot, timeProvider.GetUtcNow());

        // Null when Cal.com serves the event type only to its owner: Cal.com then decides the length itself.
        var eventType = await calCom.FindEventTypeAsync(booking.EventTypeId, cancellationToken);
        eventType?.EnsureRescheduleLength(newSlot);

        var replacement = await calCom.RescheduleBookingAsync(booking, newSlot, request.Reason.Value, cancellationToken);
        booking.RescheduledAs(replacement);
        return replacement;
    }
}
