namespace Booking.CalComSandbox.Validation;

internal sealed record RescheduleBookingInput
{
    public required DateTimeOffset Start { get; init; }

    public string? RescheduledBy { get; init; }

    public string? ReschedulingReason { get; init; }
}
