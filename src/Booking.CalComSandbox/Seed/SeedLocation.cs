namespace Booking.CalComSandbox.Seed;

/// <summary>One of Cal.com's event type location kinds: <c>address</c>, <c>link</c>, <c>phone</c>, <c>integration</c>, <c>attendeeDefined</c>, ….</summary>
internal sealed record SeedLocation
{
    public required string Type { get; init; }

    public string? Address { get; init; }

    public string? Link { get; init; }

    public string? Phone { get; init; }

    public string? Integration { get; init; }
}
