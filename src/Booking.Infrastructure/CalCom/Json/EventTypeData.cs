namespace Booking.Infrastructure.CalCom.Json;

/// <summary>The parts of Cal.com's <c>EventTypeOutput_2024_06_14</c> we read.</summary>
internal sealed record EventTypeData
{
    public int? Id { get; init; }

    public int? LengthInMinutes { get; init; }

    public IReadOnlyList<int>? LengthInMinutesOptions { get; init; }

    public IReadOnlyList<EventTypeLocationData>? Locations { get; init; }

    public RecurrenceData? Recurrence { get; init; }
}
