namespace Booking.CalComSandbox.Output;

internal sealed record BookingAttendeeOutput
{
    public required string Name { get; init; }

    public required string Email { get; init; }

    public required string TimeZone { get; init; }

    public required string Language { get; init; }

    public bool Absent { get; init; }

    public string? PhoneNumber { get; init; }
}
