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

        // Cal.com checks the new slot before it looks at the booking's state, so the booking is read first: a clear 404
        // or 409 instead of a slot error about a booking that cannot move anyway.
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
