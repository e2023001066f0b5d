namespace Booking.CalComSandbox.Validation;

internal sealed record CancelBookingInput
{
    public string? CancellationReason { get; init; }

    public bool CancelSubsequentBookings { get; init; }
}
