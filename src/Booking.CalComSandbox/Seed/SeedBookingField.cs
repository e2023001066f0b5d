namespace Booking.CalComSandbox.Seed;

/// <summary>A custom booking field (Cal.com's default fields such as name and email are always present).</summary>
internal sealed record SeedBookingField
{
    public required string Slug { get; init; }

    public required string Type { get; init; }

    public required string Label { get; init; }

    public bool Required { get; init; }
}
