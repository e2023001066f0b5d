namespace Booking.Api.Contracts.Slots;

/// <summary>One free slot. <see cref="Start"/> and <see cref="End"/> go straight into a booking request.</summary>
public sealed record AvailableSlotResponse
{
    /// <summary>UTC, ISO-8601 with milliseconds, e.g. 2030-09-10T13:00:00.000Z.</summary>
    public required string Start { get; init; }

    public required string End { get; init; }

    /// <summary>The same instant in the requested time zone, with its offset, e.g. 2030-09-10T09:00:00.000-04:00.</summary>
    public required string LocalStart { get; init; }

    public required string LocalEnd { get; init; }
}
