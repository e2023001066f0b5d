using Booking.Application.Common.Failures;
using Booking.Domain.Bookings;
using Booking.Domain.EventTypes;
using Booking.Infrastructure.CalCom.Json;

namespace Booking.Infrastructure.CalCom;

/// <summary>Translates Cal.com's event type JSON into the domain's <see cref="EventType"/>.</summary>
internal static class CalComEventTypeMapping
{
    public static EventType ToEventType(CalComSuccessResponse<EventTypeData>? response)
    {
        if (response?.Status != "success" || response.Data is not { } data)
        {
            throw Malformed("is not a success envelope with data");
        }

        return new EventType
        {
            Id = data.Id is > 0 and var id ? EventTypeId.From(id) : throw Malformed("has no id"),
            LengthInMinutes = data.LengthInMinutes ?? throw Malformed("has no lengthInMinutes"),
            LengthInMinutesOptions = data.LengthInMinutesOptions ?? [],
            LocationTypes = data.Locations?
                .Select(location => location.Type)
                .OfType<string>()
                .ToArray() ?? [],
            RecurrenceFrequency = data.Recurrence?.Frequency,
        };
    }

    private static FailureException Malformed(string problem) => new(FailureKind.CalComFailed, $"Cal.com's event type reply {problem}.");
}
