namespace Booking.Api.Contracts.Slots;

/// <summary>The free slots of an event type, grouped by day in <see cref="Timezone"/>; days and slots in time order.</summary>
public sealed record AvailableSlotsResponse
{
    public required string EventTypeId { get; init; }

    public required string Timezone { get; init; }

    /// <summary>Only days with at least one free slot; empty when nothing is free.</summary>
    public required IReadOnlyList<AvailableDayResponse> Days { get; init; }
}
