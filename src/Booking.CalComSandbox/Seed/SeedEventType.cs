namespace Booking.CalComSandbox.Seed;

internal sealed record SeedEventType
{
    public required int Id { get; init; }

    public required string Slug { get; init; }

    public required string Title { get; init; }

    public string Description { get; init; } = "";

    public required int LengthInMinutes { get; init; }

    public IReadOnlyList<int> LengthInMinutesOptions { get; init; } = [];

    public int? SlotIntervalMinutes { get; init; }

    public bool RequiresConfirmation { get; init; }

    public int MinimumBookingNoticeMinutes { get; init; }

    public int? BookingWindowCalendarDays { get; init; }

    /// <summary><c>null</c> means bookable around the clock.</summary>
    public SeedSchedule? Schedule { get; init; }

    public IReadOnlyList<SeedLocation> Locations { get; init; } = [];

    public IReadOnlyList<SeedBookingField> BookingFields { get; init; } = [];

    public bool HasMultipleLengths => LengthInMinutesOptions.Count > 0;

    public bool AllowsLength(int minutes) =>
        HasMultipleLengths ? LengthInMinutesOptions.Contains(minutes) : minutes == LengthInMinutes;
}
