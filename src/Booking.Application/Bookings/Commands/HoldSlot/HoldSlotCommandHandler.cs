using Booking.Application.Common.CalCom;
using Booking.Application.Common.Interfaces;
using Booking.Domain.Bookings;
using MediatR;

namespace Booking.Application.Bookings.Commands.HoldSlot;

public sealed class HoldSlotCommandHandler(ICalComGateway calCom) : IRequestHandler<HoldSlotCommand, SlotHoldResult>
{
    public async Task<SlotHoldResult> Handle(HoldSlotCommand request, CancellationToken cancellationToken)
    {
        // The validator has already accepted these values; parsing cannot fail here.
        EventTypeId.TryParse(request.EventTypeId, out var eventTypeId);
        TimeSlot.TryParseInstant(request.Start, out var start);

        var hold = await calCom.HoldSlotAsync(
            new CalComSlotHoldRequest
            {
                EventTypeId = eventTypeId.Value,
                Start = start.ToUniversalTime(),
                DurationMinutes = await ChooseDurationAsync(eventTypeId, request.DurationMinutes, cancellationToken),
            },
            cancellationToken);

        return new SlotHoldResult
        {
            HoldId = hold.Uid,
            EventTypeId = hold.EventTypeId,
            Start = hold.Start,
            End = hold.End,
            ExpiresAt = hold.ExpiresAt,
        };
    }

    /// <summary>
    /// Like a booking's length (<see cref="EventTypeLengths"/>). When Cal.com will not show the event type to our key,
    /// the requested duration goes to Cal.com as is.
    /// </summary>
    private async Task<int?> ChooseDurationAsync(EventTypeId eventTypeId, int? requested, CancellationToken cancellationToken)
    {
        if (requested is not { } minutes)
        {
            return null;
        }

        var eventType = await calCom.FindEventTypeAsync(eventTypeId.Value, cancellationToken);
        if (eventType is null)
        {
            return minutes;
        }

        return EventTypeLengths.LengthToSend(eventType, minutes, "durationMinutes", "durationMinutes");
    }
}
