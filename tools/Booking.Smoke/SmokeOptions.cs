namespace Booking.Smoke;

/// <summary>What to smoke-test: the API's base address and the event type to book (and cancel) a test booking on.</summary>
public sealed record SmokeOptions
{
    public const int DefaultEventTypeId = 3139331;
    public const int DefaultLengthMinutes = 30;

    public Uri Api { get; init; } = new("http://localhost:3000");

    public int EventTypeId { get; init; } = DefaultEventTypeId;

    /// <summary>Length of the test booking; must be one the event type offers.</summary>
    public int LengthMinutes { get; init; } = DefaultLengthMinutes;

    /// <summary>Sent as <c>X-Api-Key</c> when the service requires inbound API keys.</summary>
    public string? ApiKey { get; init; }
}
