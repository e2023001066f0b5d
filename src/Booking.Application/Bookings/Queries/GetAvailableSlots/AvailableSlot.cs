namespace Booking.Application.Bookings.Queries.GetAvailableSlots;

/// <summary>One free slot: the same two instants in UTC and in the requested time zone.</summary>
public sealed record AvailableSlot
{
    public required DateTimeOffset Start { get; init; }

    public required DateTimeOffset End { get; init; }

    public required DateTimeOffset LocalStart { get; init; }

    public required DateTimeOffset LocalEnd { get; init; }
}
