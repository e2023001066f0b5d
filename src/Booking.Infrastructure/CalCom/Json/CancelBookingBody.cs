namespace Booking.Infrastructure.CalCom.Json;

/// <summary>Body of <c>POST /v2/bookings/{uid}/cancel</c> (cal-api-version 2024-08-13); Cal.com rejects unknown properties.</summary>
internal sealed record CancelBookingBody
{
    public required string CancellationReason { get; init; }
}
