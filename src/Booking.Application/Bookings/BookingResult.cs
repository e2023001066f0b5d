using Booking.Domain.Bookings;

namespace Booking.Application.Bookings;

/// <summary>A booking as Cal.com holds it: its uid, status and the times Cal.com actually booked (UTC).</summary>
public sealed record BookingResult
{
    public required string ReservationId { get; init; }

    public required BookingStatus Status { get; init; }

    public required DateTimeOffset Start { get; init; }

    public required DateTimeOffset End { get; init; }

    public required int EventTypeId { get; init; }

    public required string AttendeeName { get; init; }

    public required string AttendeeEmail { get; init; }

    /// <summary>Set on a booking made by rescheduling: the reservation id of the booking it replaced.</summary>
    public string? RescheduledFrom { get; init; }

    /// <summary>Set on a booking that was rescheduled (and so cancelled): the reservation id of its replacement.</summary>
    public string? RescheduledTo { get; init; }
}
