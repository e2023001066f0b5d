using System.Text.Json;

namespace Booking.Application.Common.CalCom;

/// <summary>What the gateway sends as Cal.com's <c>POST /v2/bookings</c> body (cal-api-version 2024-08-13).</summary>
public sealed record CalComBookingRequest
{
    public required int EventTypeId { get; init; }

    /// <summary>Start in UTC.</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>Sent only when the event type offers several lengths; Cal.com rejects it otherwise.</summary>
    public int? LengthInMinutes { get; init; }

    public required string AttendeeName { get; init; }

    public required string AttendeeEmail { get; init; }

    /// <summary>IANA time zone of the attendee.</summary>
    public required string AttendeeTimeZone { get; init; }

    /// <summary>Free-text location, sent as an <c>attendeeDefined</c> location; null when the event type does not accept one.</summary>
    public string? Location { get; init; }

    /// <summary>Sent as <c>bookingFieldsResponses.notes</c>.</summary>
    public string? Notes { get; init; }

    /// <summary>User metadata; values are JSON strings, numbers or booleans.</summary>
    public IReadOnlyDictionary<string, JsonElement> Metadata { get; init; } = new Dictionary<string, JsonElement>();
}
