using Booking.Application.Common.CalCom;
using Booking.Application.Common.Exceptions;
using Booking.Application.Common.Interfaces;
using Booking.Domain.Bookings;
using MediatR;
using BookingAggregate = Booking.Domain.Bookings.Booking;

namespace Booking.Application.Bookings.Commands.CreateBooking;

public sealed class CreateBookingCommandHandler(ICalComGateway calCom, TimeProvider timeProvider)
    : IRequestHandler<CreateBookingCommand, BookingResult>
{
    public async Task<BookingResult> Handle(CreateBookingCommand request, CancellationToken cancellationToken)
    {
        var booking = RequestBooking(request);

        var eventType = await calCom.FindEventTypeAsync(booking.EventTypeId.Value, cancellationToken);
        if (eventType is { IsRecurring: true })
        {
            // Cal.com would create the whole series and answer with all of it; this API makes one booking.
            throw new ValidationException("eventTypeId",
                $"Event type {eventType.Id} repeats {eventType.RecurrenceFrequency}; this API books single meetings, not recurring series.");
        }

        var lengthInMinutes = eventType is null
            ? null
            : EventTypeLengths.LengthToSend(eventType, booking.Slot.Duration.TotalMinutes, "end", "end - start");

        var created = await calCom.CreateBookingAsync(
            new CalComBookingRequest
            {
                EventTypeId = booking.EventTypeId.Value,
                Start = booking.Slot.Start,
                LengthInMinutes = lengthInMinutes,
                AttendeeName = booking.Attendee.Name,
                AttendeeEmail = booking.Attendee.Email.Value,
                AttendeeTimeZone = booking.Attendee.TimeZone,
                Location = eventType?.AcceptsAttendeeDefinedLocation == true
                    ? BookingMetadata.GetText(request.Metadata, BookingMetadata.LocationKey)
                    : null,
                Notes = BookingMetadata.GetText(request.Metadata, BookingMetadata.NotesKey),
                Metadata = request.Metadata ?? new Dictionary<string, System.Text.Json.JsonElement>(),
            },
            cancellationToken);

        Complete(booking, created);

        return new BookingResult
        {
            ReservationId = booking.ReservationId!,
            Status = booking.Status,
            Start = booking.Slot.Start,
            End = booking.Slot.End,
            EventTypeId = created.EventTypeId,
            AttendeeName = created.AttendeeName ?? booking.Attendee.Name,
            AttendeeEmail = created.AttendeeEmail ?? booking.Attendee.Email.Value,
        };
    }

    private BookingAggregate RequestBooking(CreateBookingCommand request)
    {
        // The validator has already accepted these values; parsing cannot fail here.
        EventTypeId.TryParse(request.EventTypeId, out var eventTypeId);
        TimeSlot.TryParseInstant(request.Start, out var start);
        TimeSlot.TryParseInstant(request.End, out var end);

        var attendee = Attendee.Create(request.Attendee?.Name, EmailAddress.From(request.Attendee?.Email), request.TimeZone);
        return BookingAggregate.Request(eventTypeId, TimeSlot.Create(start, end), attendee, timeProvider.GetUtcNow());
    }

    private static void Complete(BookingAggregate booking, CalComBooking created)
    {
        var bookedSlot = TimeSlot.Create(created.Start, created.End);
        switch (created.Status)
        {
            case "accepted":
                booking.Confirm(created.Uid, bookedSlot);
                break;
            case "pending" or "awaiting_host":
                booking.MarkPending(created.Uid, bookedSlot);
                break;
            default:
                throw new CalComUpstreamException($"Cal.com created the booking with the unexpected status '{created.Status}'.");
        }
    }
}
