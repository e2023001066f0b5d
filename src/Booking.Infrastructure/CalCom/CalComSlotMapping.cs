using Booking.Application.Common.CalCom;
using Booking.Application.Common.Exceptions;
using Booking.Infrastructure.CalCom.Json;

namespace Booking.Infrastructure.CalCom;

/// <summary>Translates between the port's slot records and Cal.com's slot and reservation JSON.</summary>
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

    public static ReserveSlotBody ToBody(CalComSlotHoldRequest request) => new()
    {
        EventTypeId = request.EventTypeId,
        SlotStart = CalComInstants.ToUtcText(request.Start),
        SlotDuration = request.DurationMinutes,
    };

    public static CalComSlotHold ToHold(CalComSuccessResponse<SlotReservationData>? response)
    {
        if (response?.Status != "success" || response.Data is not { } data)
        {
            throw Malformed("slot reservation", "is not a success envelope with data");
        }

        return new CalComSlotHold
        {
            Uid = string.IsNullOrWhiteSpace(data.ReservationUid) ? throw Malformed("slot reservation", "has no reservationUid") : data.ReservationUid,
            EventTypeId = data.EventTypeId ?? throw Malformed("slot reservation", "has no eventTypeId"),
            Start = data.SlotStart ?? throw Malformed("slot reservation", "has no slotStart"),
            End = data.SlotEnd ?? throw Malformed("slot reservation", "has no slotEnd"),
            ExpiresAt = data.ReservationUntil ?? throw Malformed("slot reservation", "has no reservationUntil"),
        };
    }

    private static CalComUpstreamException Malformed(string reply, string problem) =>
        new($"Cal.com's {reply} reply {problem}.");
}
