namespace Booking.Api.Contracts.Bookings;

public sealed record EventDetailsResponse
{
    /// <summary>UTC, ISO-8601 with milliseconds, e.g. 2030-01-08T13:00:00.000Z.</summary>
    public required string Start { get; init; }

    public required string End { get; init; }

    public required string EventTypeId { get; init; }
}
