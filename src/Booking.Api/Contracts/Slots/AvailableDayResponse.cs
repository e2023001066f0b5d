namespace Booking.Api.Contracts.Slots;

public sealed record AvailableDayResponse
{
    /// <summary>The calendar day in the requested time zone, yyyy-MM-dd.</summary>
    public required string Date { get; init; }

    public required IReadOnlyList<AvailableSlotResponse> Slots { get; init; }
}
