using System.Text.Json.Serialization;
using Booking.Api.Contracts.Bookings;

namespace Booking.Api.Contracts.Slots;

/// <summary>Body of <c>POST /api/slots/holds</c>: a temporary hold, not a booking.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record HoldSlotRequest
{
    /// <summary>Cal.com event type id, e.g. "3139331" (a JSON number is accepted too).</summary>
    [JsonConverter(typeof(StringOrIntegerConverter))]
    public string? EventTypeId { get; init; }

    /// <summary>ISO-8601 start of the slot with Z or an offset, in the future.</summary>
    public string? Start { get; init; }

    /// <summary>Length of the slot for event types that offer several; the event type's length when absent.</summary>
    public int? DurationMinutes { get; init; }
}
