using Booking.Application.Common.Interfaces;
using Booking.Domain.EventTypes;
using Booking.Domain.Slots;
using MediatR;

namespace Booking.Application.Bookings.Commands.HoldSlot;

public sealed class HoldSlotCommandHandler(ICalComGateway calCom) : IRequestHandler<HoldSlotCommand, SlotHold>
{
    public async Task<SlotHold> Handle(HoldSlotCommand request, CancellationToken cancellationToken)
    {
        var eventTypeId = request.EventTypeId.Value;

        // A chosen length must be one the event type offers; when Cal.com will not show the event type to our key, the
        // length goes to Cal.com as it is and Cal.com decides.
        EventType? eventType = null;
        if (request.DurationMinutes is { } minutes)
        {
            eventType = await calCom.FindEventTypeAsync(eventTypeId, cancellationToken);
            eventType?.EnsureOffersLength(minutes, "durationMinutes", "durationMinutes");
        }

        return await calCom.HoldSlotAsync(eventTypeId, request.Start.Value, request.DurationMinutes, eventType, cancellationToken);
    }
}
