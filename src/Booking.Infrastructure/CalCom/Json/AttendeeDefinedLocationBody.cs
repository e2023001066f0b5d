namespace Booking.Infrastructure.CalCom.Json;

/// <summary>A free-text location named by the attendee (Cal.com location type <c>attendeeDefined</c>).</summary>
internal sealed record AttendeeDefinedLocationBody
{
    public string Type => "attendeeDefined";

    public required string Location { get; init; }
}
