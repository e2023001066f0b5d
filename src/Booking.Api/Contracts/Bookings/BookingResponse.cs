using System.Text.Json.Serialization;

namespace Booking.Api.Contracts.Bookings;

/// <summary>
/// A booking as read, cancelled or rescheduled: the create body's shape, plus a link to the booking it replaced or
/// that replaced it, present only when there is one.
/// </summary>
public sealed record BookingResponse
{
    /// <summary>Cal.com's booking uid.</summary>
    public required string ReservationId { get; init; }

    /// <summary><c>confirmed</c>, <c>pending</c> (the host has to confirm), <c>cancelled</c> or <c>rejected</c> (the host declined).</summary>
    public required string Status { get; init; }

    public required EventDetailsResponse EventDetails { get; init; }

    public required AttendeeResponse Attendee { get; init; }

    /// <summary>On a booking made by rescheduling: the reservation id of the booking it replaced (now cancelled).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RescheduledFrom { get; init; }

    /// <summary>On a booking that was rescheduled: the reservation id of the booking that replaced it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? RescheduledTo { get; init; }
}
