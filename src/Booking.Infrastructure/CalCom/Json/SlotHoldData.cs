namespace Booking.Infrastructure.CalCom.Json;

/// <summary>The parts of Cal.com's <c>ReserveSlotOutput_2024_09_04</c> we read.</summary>
internal sealed record SlotHoldData
{
    public int? EventTypeId { get; init; }

    public DateTimeOffset? SlotStart { get; init; }

    public DateTimeOffset? SlotEnd { get; init; }

    public string? ReservationUid { get; init; }

    public DateTimeOffset? ReservationUntil { get; init; }
}
