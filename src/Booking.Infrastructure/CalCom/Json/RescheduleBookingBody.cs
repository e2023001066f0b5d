namespace Booking.Infrastructure.CalCom.Json;

/// <summary>Body of <c>POST /v2/bookings/{uid}/reschedule</c> (cal-api-version 2024-08-13); Cal.com rejects unknown properties.</summary>
internal sealed record RescheduleBookingBody
{
    /// <summary>UTC, ISO-8601 with milliseconds and <c>Z</c>.</summary>
    public required string Start { get; init; }

    public string? ReschedulingReason { get; init; }
}
