using MediatR;

namespace Booking.Application.Bookings.Queries.GetAvailableSlots;

/// <summary>
/// Find the free slots of an event type that start within a window. The values are exactly what the client sent;
/// <c>Start</c> and <c>End</c> are ISO-8601 instants or plain dates in <c>TimeZone</c>.
/// </summary>
public sealed record GetAvailableSlotsQuery : IRequest<AvailableSlotsResult>
{
    public string? EventTypeId { get; init; }

    public string? Start { get; init; }

    public string? End { get; init; }

    /// <summary>IANA zone for the local times, the day grouping and plain dates; <c>UTC</c> when absent.</summary>
    public string? TimeZone { get; init; }
}
