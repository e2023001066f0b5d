using Booking.Domain.Bookings;
using Booking.Domain.Common;
using Booking.Domain.Slots;
using MediatR;

namespace Booking.Application.Bookings.Queries.GetAvailableSlots;

/// <summary>Find the free slots of an event type that start within a window, shown in a time zone.</summary>
public sealed record GetAvailableSlotsQuery : IRequest<AvailableSlotsResult>
{
    public required Parsed<EventTypeId> EventTypeId { get; init; }

    /// <summary>For the local times, the day grouping and plain dates; UTC when absent.</summary>
    public required Parsed<TimeZoneInfo> TimeZone { get; init; }

    /// <summary>Read in <see cref="TimeZone"/> (in UTC when the zone is invalid, so its own errors are reported too).</summary>
    public required Parsed<SlotSearchWindow> Window { get; init; }
}
