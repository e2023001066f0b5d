using Booking.Application.Common.Failures;
using Booking.Application.Common.Interfaces;
using Booking.Domain.Bookings;
using MediatR;

namespace Booking.Application.Bookings.Queries.GetAvailableSlots;

public sealed class GetAvailableSlotsQueryHandler(ICalComGateway calCom) : IRequestHandler<GetAvailableSlotsQuery, AvailableSlotsResult>
{
    public async Task<AvailableSlotsResult> Handle(GetAvailableSlotsQuery request, CancellationToken cancellationToken)
    {
        var eventTypeId = request.EventTypeId.Value;
        var zone = request.TimeZone.Value;
        var window = request.Window.Value;

        var found = await calCom.FindAvailableSlotsAsync(eventTypeId, window, cancellationToken);

        // Cal.com includes a slot starting exactly at the end; this API's end is exclusive, so back-to-back windows
        // never report a slot twice.
        var inWindow = found.Where(slot => window.Contains(slot.Start)).OrderBy(slot => slot.Start).ToList();
        var fallbackLength = inWindow.Any(slot => slot.End is null) ? await DefaultLengthAsync(eventTypeId, cancellationToken) : TimeSpan.Zero;

        var days = inWindow
            .Select(slot => InZone(slot.Start, slot.End ?? slot.Start + fallbackLength, zone))
            .GroupBy(slot => DateOnly.FromDateTime(slot.LocalStart.DateTime))
            .Select(day => new AvailableDay { Date = day.Key, Slots = [.. day] })
            .ToList();

        return new AvailableSlotsResult { EventTypeId = eventTypeId, TimeZone = zone.Id, Days = days };
    }

    /// <summary>Only needed when Cal.com answered without end times; the event type's default length fills them in.</summary>
    private async Task<TimeSpan> DefaultLengthAsync(EventTypeId eventTypeId, CancellationToken cancellationToken)
    {
        var eventType = await calCom.FindEventTypeAsync(eventTypeId, cancellationToken)
            ?? throw new FailureException(FailureKind.CalComFailed, "Cal.com listed slots without end times, and the event type's length cannot be read.");
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
