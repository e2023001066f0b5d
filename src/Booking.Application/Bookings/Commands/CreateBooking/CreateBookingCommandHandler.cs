using Booking.Application.Common.Interfaces;
using Booking.Domain.Bookings;
using MediatR;

namespace Booking.Application.Bookings.Commands.CreateBooking;

public sealed class CreateBookingCommandHandler(ICalComGateway calCom, TimeProvider timeProvider)
    : IRequestHandler<CreateBookingCommand, BookingAggregate>
{
    public async Task<BookingAggregate> Handle(CreateBookingCommand request, CancellationToken cancellationToken)
    {
        var booking = BookingAggregate.Request(
            request.EventTypeId.Value, request.Slot.Value, request.Attendee.Value, request.Metadata.Value, timeProvider.GetUtcNow());

        // Null when Cal.com serves the event type only to its owner: Cal.com then checks the booking itself.
        var eventType = await calCom.FindEventTypeAsync(booking.EventTypeId, cancellationToken);
        eventType?.EnsureCanBook(booking.Slot);

        var booked = await calCom.CreateBookingAsync(booking, eventType, cancellationToken);
        booking.Booked(booked.Id!.Value, booked.Slot, booked.Status);
        return booking;
    }
}
