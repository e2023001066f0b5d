using System.Text.Json.Serialization;

namespace Booking.Api.Contracts.Bookings;

/// <summary>Optional body of <c>POST /api/bookings/{reservationId}/cancel</c>.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record CancelBookingRequest
{
    /// <summary>Why the booking is cancelled, at most 500 characters; Cal.com shows it to the attendee and the host.</summary>
    public string? Reason { get; init; }
}
