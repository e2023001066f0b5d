using System.Globalization;
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
        var lengthInMinutes = eventType is null ? null : ChooseLength(eventType, booking.Slot);

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

    /// <summary>
    /// The slot must last one of the lengths the event type offers. Cal.com takes a length only from event types
    /// that offer several, and rejects it otherwise, so it is sent only then.
    /// </summary>
    private static int? ChooseLength(CalComEventType eventType, TimeSlot slot)
    {
        var minutes = slot.Duration.TotalMinutes;
        if (minutes % 1 != 0 || !eventType.AllowedLengths.Contains((int)minutes))
        {
            var allowed = string.Join(", ", eventType.AllowedLengths.Select(m => m.ToString(CultureInfo.InvariantCulture)));
            throw new ValidationException(
                "end",
                $"end - start must be {allowed} minutes for event type {eventType.Id}; it is {minutes.ToString(CultureInfo.InvariantCulture)}.");
        }

        return eventType.HasMultipleLengths ? (int)minutes : null;
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
