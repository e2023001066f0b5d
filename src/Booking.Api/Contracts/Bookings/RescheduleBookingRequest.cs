using System.Text.Json.Serialization;

namespace Booking.Api.Contracts.Bookings;

/// <summary>Body of <c>POST /api/bookings/{reservationId}/reschedule</c>. Every property is optional here so that the
/// validator, not the JSON reader, tells the client which required field is missing.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record RescheduleBookingRequest
{
    /// <summary>New ISO-8601 start with Z or an offset, in the future.</summary>
    public string? Start { get; init; }

    /// <summary>New ISO-8601 end with Z or an offset; end - start must be the event type's default length.</summary>
    public string? End { get; init; }

    /// <summary>Why the booking moves, at most 500 characters; Cal.com shows it to the attendee and the host.</summary>
    public string? Reason { get; init; }
}
