namespace Booking.Application.Bookings.Queries.GetAvailableSlots;

/// <summary>The slots that start on one calendar day of the requested time zone.</summary>
public sealed record AvailableDay
{
    public required DateOnly Date { get; init; }

    public required IReadOnlyList<AvailableSlot> Slots { get; init; }
}
