namespace Booking.Infrastructure.CalCom.Json;

/// <summary>Body of <c>POST /v2/slots/reservations</c> (cal-api-version 2024-09-04).</summary>
internal sealed record HoldSlotBody
{
    public required int EventTypeId { get; init; }

    /// <summary>UTC, ISO-8601 with milliseconds and <c>Z</c>.</summary>
    public required string SlotStart { get; init; }

    public int? SlotDuration { get; init; }
}
