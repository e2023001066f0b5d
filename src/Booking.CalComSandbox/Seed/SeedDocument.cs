namespace Booking.CalComSandbox.Seed;

internal sealed record SeedDocument
{
    public required SeedHost Host { get; init; }

    public required IReadOnlyList<SeedEventType> EventTypes { get; init; }
}
