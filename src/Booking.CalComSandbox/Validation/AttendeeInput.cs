namespace Booking.CalComSandbox.Validation;

internal sealed record AttendeeInput
{
    public required string Name { get; init; }

    public string? Email { get; init; }

    public string? PhoneNumber { get; init; }

    public required string TimeZone { get; init; }

    public string Language { get; init; } = "en";
}
