namespace Booking.Api.Contracts.Slots;

/// <summary>Query of <c>GET /api/slots</c>; values stay text so the validator can say exactly what is wrong with them.</summary>
public sealed record AvailableSlotsRequest
{
    /// <summary>Cal.com event type id, e.g. 3139331.</summary>
    public string? EventTypeId { get; init; }

    /// <summary>Earliest start: a date (yyyy-MM-dd, the start of that day in <c>timezone</c>) or an ISO-8601 instant with Z or an offset.</summary>
    public string? Start { get; init; }

    /// <summary>Starts before this: a date (the end of that day in <c>timezone</c>) or an ISO-8601 instant; at most 31 days after start.</summary>
    public string? End { get; init; }

    /// <summary>IANA time zone for local times, day grouping and plain dates. Defaults to UTC.</summary>
    public string? Timezone { get; init; }
}
