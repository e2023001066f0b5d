namespace Booking.Api.Contracts.Bookings;

/// <summary>Body of a created booking: exactly the shape the product spec documents.</summary>
public sealed record ReserveSlotResponse
{
    /// <summary>Cal.com's booking uid.</summary>
    public required string ReservationId { get; init; }

    /// <summary><c>confirmed</c>, or <c>pending</c> while the host has to confirm.</summary>
    public required string Status { get; init; }

    public required EventDetailsResponse EventDetails { get; init; }

    public required AttendeeResponse Attendee { get; init; }
}
