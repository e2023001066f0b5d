using System.Text.Json.Serialization;

namespace Booking.Api.Contracts.Bookings;

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record AttendeeRequest
{
    public string? Name { get; init; }

    public string? Email { get; init; }
}
