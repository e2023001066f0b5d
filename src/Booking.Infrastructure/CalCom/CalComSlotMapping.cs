using Booking.Application.Common.CalCom;
using Booking.Application.Common.Failures;
using Booking.Domain.Bookings;
using Booking.Domain.Common;
using Booking.Domain.EventTypes;
using Booking.Domain.Slots;
using Booking.Infrastructure.CalCom.Json;

namespace Booking.Infrastructure.CalCom;

/// <summary>Translates Cal.com's slot list and its slot reservations (this service's holds) from and to JSON.</summary>
internal static class CalComSlotMapping
{
    /// <summary>Cal.com groups slots by day (<c>{"2030-01-08": [{start, end}, …]}</c>); the port wants one list in time order.</summary>
    public static IReadOnlyList<CalComSlot> ToSlots(CalComSuccessResponse<Dictionary<string, List<SlotData>>>? response)
    {
        if (response?.Status != "success" || response.Data is not { } days)
        {
            throw Malformed("slots", "is not a success envelope with data");
        }

        return days.Values
            .SelectMany(day => day ?? [])
            .Select(slot => new CalComSlot
            {
                Start = slot?.Start ?? throw Malformed("slots", "has a slot without a start"),
                End = slot.End,
            })
            .OrderBy(slot => slot.Start)
            .ToList();
    }

    /// <summary>
    /// A chosen length goes to Cal.com when the event type offers several lengths, or when it could not be read (Cal.com
    /// decides then); for a single-length event type Cal.com uses that length.
    /// </summary>
    public static HoldSlotBody ToBody(EventTypeId eventTypeId, DateTimeOffset start, int? durationMinutes, EventType? eventType) => new()
    {
        EventTypeId = eventTypeId.Value,
        SlotStart = Iso8601.FormatUtc(start),
        SlotDuration = eventType is { HasMultipleLengths: false } ? null : durationMinutes,
    };

    public static SlotHold ToHold(CalComSuccessResponse<SlotHoldData>? response)
    {
        if (response?.Status != "success" || response.Data is not { } data)
        {
            throw Malformed("slot reservation", "is not a success envelope with data");
        }

        var start = data.SlotStart ?? throw Malformed("slot reservation", "has no slotStart");
        var end = data.SlotEnd ?? throw Malformed("slot reservation", "has no slotEnd");
        return new SlotHold
        {
            Id = string.IsNullOrWhiteSpace(data.ReservationUid) ? throw Malformed("slot reservation", "has no reservationUid") : data.ReservationUid,
            EventTypeId = data.EventTypeId is > 0 and var id ? EventTypeId.From(id) : throw Malformed("slot reservation", "has no eventTypeId"),
            Slot = end > start ? TimeSlot.Create(start, end) : throw Malformed("slot reservation", "ends before it starts"),
            ExpiresAt = data.ReservationUntil ?? throw Malformed("slot reservation", "has no reservationUntil"),
        };
    }

    private static FailureException Malformed(string reply, string problem) => new(FailureKind.CalComFailed, $"Cal.com's {reply} reply {problem}.");
}
