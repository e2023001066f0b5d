namespace Booking.CalComSandbox.Seed;

internal sealed record SeedHost
{
    public required int Id { get; init; }

    public required string Name { get; init; }

    public required string Email { get; init; }

    public required string Username { get; init; }

    public required string TimeZone { get; init; }
}
