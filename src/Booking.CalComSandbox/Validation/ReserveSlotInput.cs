namespace Booking.CalComSandbox.Validation;

internal sealed record ReserveSlotInput
{
    public required int EventTypeId { get; init; }

    public required DateTimeOffset SlotStart { get; init; }

    public int? SlotDuration { get; init; }

    public int? ReservationDuration { get; init; }
}
