namespace Booking.CalComSandbox.Scheduling;

internal sealed record Reservation
{
    public required string Uid { get; init; }

    public required int EventTypeId { get; init; }

    public required int HostId { get; init; }

    public required DateTimeOffset SlotStart { get; init; }

    public required DateTimeOffset SlotEnd { get; init; }

    public required int ReservationDurationInMinutes { get; init; }

    public required DateTimeOffset Until { get; init; }

    public bool IsActiveAt(DateTimeOffset now) => Until > now;

    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => SlotStart < end && start < SlotEnd;
}
