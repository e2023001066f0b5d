namespace Booking.CalComSandbox.Seed;

internal sealed record SeedSchedule
{
    public required int Id { get; init; }

    public required string TimeZone { get; init; }

    public required IReadOnlyList<SeedAvailability> Availability { get; init; }
}
