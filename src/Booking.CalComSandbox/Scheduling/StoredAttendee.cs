namespace Booking.CalComSandbox.Scheduling;

internal sealed record StoredAttendee
{
    public required string Name { get; init; }

    public required string Email { get; init; }

    public required string TimeZone { get; init; }

    public required string Language { get; init; }

    public string? PhoneNumber { get; init; }
}
