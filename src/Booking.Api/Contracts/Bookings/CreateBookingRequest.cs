using System.Text.Json;
using System.Text.Json.Serialization;

namespace Booking.Api.Contracts.Bookings;

/// <summary>Body of <c>POST /api/slots/reserve</c>. Every property is optional here so that the validator, not the
/// JSON reader, tells the client which required field is missing.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CreateBookingRequest
{
    /// <summary>Cal.com event type id, e.g. "3139331" (a JSON number is accepted too).</summary>
    [JsonConverter(typeof(StringOrIntegerConverter))]
    public string? EventTypeId { get; init; }

    /// <summary>ISO-8601 start with Z or an offset, e.g. 2030-01-08T13:00:00.000Z.</summary>
    public string? Start { get; init; }

    /// <summary>ISO-8601 end with Z or an offset; end - start must be a length the event type offers.</summary>
    public string? End { get; init; }

    public AttendeeRequest? Attendee { get; init; }

    /// <summary>IANA time zone the attendee sees the booking in. Defaults to UTC.</summary>
    public string? Timezone { get; init; }

    /// <summary>
    /// Up to 50 keys of strings, numbers or booleans (sent to Cal.com as text); <c>location</c> and <c>notes</c> reach the host.
    /// </summary>
    public Dictionary<string, JsonElement>? Metadata { get; init; }
}
