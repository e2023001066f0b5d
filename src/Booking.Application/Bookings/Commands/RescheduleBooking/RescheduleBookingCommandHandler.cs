using System.Globalization;
using Booking.Application.Common.CalCom;
using Booking.Application.Common.Exceptions;
using Booking.Application.Common.Interfaces;
using Booking.Domain.Bookings;
using MediatR;

namespace Booking.Application.Bookings.Commands.RescheduleBooking;

public sealed class RescheduleBookingCommandHandler(ICalComGateway calCom) : IRequestHandler<RescheduleBookingCommand, BookingResult>
{
    public async Task<BookingResult> Handle(RescheduleBookingCommand request, CancellationToken cancellationToken)
    {
        // The validator has already accepted these values; parsing cannot fail here.
        var reservationId = ReservationId.From(request.ReservationId);
        TimeSlot.TryParseInstant(request.Start, out var start);
        TimeSlot.TryParseInstant(request.End, out var end);
        var slot = TimeSlot.Create(start, end);

        // Cal.com answers an unknown uid on reschedule with a bare 500, and a cancelled one only after checking the new
        // slot, so the booking is read first: a clear 404 or 409 instead.
        var current = await calCom.GetBookingAsync(reservationId.Value, cancellationToken);
        EnsureReschedulable(reservationId, current);
        await EnsureDefaultLengthAsync(current.EventTypeId, slot, cancellationToken);

        var moved = await calCom.RescheduleBookingAsync(
            new CalComRescheduleRequest
            {
                Uid = reservationId.Value,
                Start = slot.Start,
                Reason = BookingChangeReason.Normalize(request.Reason),
            },
            cancellationToken);

        return BookingResults.From(moved) with { RescheduledFrom = moved.RescheduledFromUid ?? reservationId.Value };
    }

    private static void EnsureReschedulable(ReservationId reservationId, CalComBooking current)
    {
        var status = BookingResults.StatusOf(current);
        if (status.IsActive())
        {
            return;
        }

        throw new BookingNotReschedulableException(current.RescheduledToUid is { } replacement
            ? $"Booking {reservationId} was rescheduled already; its replacement is {replacement}."
            : $"Booking {reservationId} is {status.ToString().ToLowerInvariant()}.");
    }

    /// <summary>
    /// Cal.com gives a rescheduled booking the event type's default length, whatever the old one lasted. A request for
    /// another length is refused rather than silently shortened. When Cal.com will not show the event type to our key,
    /// Cal.com decides and the result reports the times it booked.
    /// </summary>
    private async Task EnsureDefaultLengthAsync(int eventTypeId, TimeSlot slot, CancellationToken cancellationToken)
    {
        var eventType = await calCom.FindEventTypeAsync(eventTypeId, cancellationToken);
        if (eventType is null || slot.Duration == TimeSpan.FromMinutes(eventType.LengthInMinutes))
        {
            return;
        }

        throw new ValidationException(
            "end",
            string.Create(CultureInfo.InvariantCulture,
                $"end - start must be {eventType.LengthInMinutes} minutes, the default length of event type {eventTypeId}, because Cal.com reschedules to that length; it is {slot.Duration.TotalMinutes} minutes."));
    }
}
