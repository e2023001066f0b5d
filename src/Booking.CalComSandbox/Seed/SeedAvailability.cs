namespace Booking.CalComSandbox.Seed;

/// <summary>Working hours on some weekdays, as local "HH:mm" times in the schedule's time zone.</summary>
internal sealed record SeedAvailability
{
    public required IReadOnlyList<DayOfWeek> Days { get; init; }

    public required string StartTime { get; init; }

    public required string EndTime { get; init; }
}
