using Booking.Domain.Bookings;

namespace Booking.Application.Bookings.Queries.GetAvailableSlots;

/// <summary>The free slots of an event type, grouped by day in <see cref="TimeZone"/>, days and slots in time order.</summary>
public sealed record AvailableSlotsResult
{
    public required EventTypeId EventTypeId { get; init; }

    /// <summary>The IANA id of the zone the days and local times are in.</summary>
    public required string TimeZone { get; init; }

    public required IReadOnlyList<AvailableDay> Days { get; init; }
}
