using Booking.Application.Common.CalCom;
using Booking.Application.Common.Exceptions;
using Booking.Application.Common.Interfaces;
using Booking.Domain.Bookings;
using Booking.Domain.Slots;
using MediatR;

namespace Booking.Application.Bookings.Queries.GetAvailableSlots;

public sealed class GetAvailableSlotsQueryHandler(ICalComGateway calCom) : IRequestHandler<GetAvailableSlotsQuery, AvailableSlotsResult>
{
    public async Task<AvailableSlotsResult> Handle(GetAvailableSlotsQuery request, CancellationToken cancellationToken)
    {
        // The validator has already accepted these values; parsing cannot fail here.
        EventTypeId.TryParse(request.EventTypeId, out var eventTypeId);
        var zone = RequestedTimeZone.Resolve(request.TimeZone);
        SlotSearchWindow.TryParseBound(request.Start, zone, isEnd: false, out var from);
        SlotSearchWindow.TryParseBound(request.End, zone, isEnd: true, out var to);
        var window = SlotSearchWindow.Create(from, to);

        var found = await calCom.FindAvailableSlotsAsync(
            new CalComSlotsQuery { EventTypeId = eventTypeId.Value, Start = window.From, End = window.To },
            cancellationToken);

        // Cal.com includes a slot starting exactly at the end; this API's end is exclusive, so back-to-back windows
        // never report a slot twice.
        var inWindow = found.Where(slot => window.Contains(slot.Start)).OrderBy(slot => slot.Start).ToList();
        var fallbackLength = inWindow.Any(slot => slot.End is null) ? await DefaultLengthAsync(eventTypeId, cancellationToken) : TimeSpan.Zero;

        var days = inWindow
            .Select(slot => InZone(slot.Start, slot.End ?? slot.Start + fallbackLength, zone))
            .GroupBy(slot => DateOnly.FromDateTime(slot.LocalStart.DateTime))
            .Select(day => new AvailableDay { Date = day.Key, Slots = [.. day] })
            .ToList();

        return new AvailableSlotsResult
        {
            EventTypeId = eventTypeId.Value,
            TimeZone = request.TimeZone ?? Attendee.DefaultTimeZone,
            Days = days,
        };
    }

    /// <summary>Only needed when Cal.com answered without end times; the event type's default length fills them in.</summary>
    private async Task<TimeSpan> DefaultLengthAsync(EventTypeId eventTypeId, CancellationToken cancellationToken)
    {
        var eventType = await calCom.FindEventTypeAsync(eventTypeId.Value, cancellationToken)
            ?? throw new CalComUpstreamException("Cal.com listed slots without end times, and the event type's length cannot be read.");
        return TimeSpan.FromMinutes(eventType.LengthInMinutes);
    }

    private static AvailableSlot InZone(DateTimeOffset start, DateTimeOffset end, TimeZoneInfo zone) => new()
    {
        Start = start.ToUniversalTime(),
        End = end.ToUniversalTime(),
        LocalStart = TimeZoneInfo.ConvertTime(start, zone),
        LocalEnd = TimeZoneInfo.ConvertTime(end, zone),
    };
}
