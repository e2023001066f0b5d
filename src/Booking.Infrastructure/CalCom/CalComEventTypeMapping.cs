using Booking.Application.Common.CalCom;
using Booking.Application.Common.Exceptions;
using Booking.Infrastructure.CalCom.Json;

namespace Booking.Infrastructure.CalCom;

/// <summary>Translates Cal.com's event type JSON into the port's <see cref="CalComEventType"/>.</summary>
internal static class CalComEventTypeMapping
{
    public static CalComEventType ToEventType(CalComSuccessResponse<EventTypeData>? response)
    {
        if (response?.Status != "success" || response.Data is not { } data)
        {
            throw Malformed("is not a success envelope with data");
        }

        return new CalComEventType
        {
            Id = data.Id ?? throw Malformed("has no id"),
            LengthInMinutes = data.LengthInMinutes ?? throw Malformed("has no lengthInMinutes"),
            LengthInMinutesOptions = data.LengthInMinutesOptions ?? [],
            LocationTypes = data.Locations?
                .Select(location => location.Type)
                .OfType<string>()
                .ToArray() ?? [],
            RecurrenceFrequency = data.Recurrence?.Frequency,
        };
    }

    private static CalComUpstreamException Malformed(string problem) =>
        new($"Cal.com's event type reply {problem}.");
}
