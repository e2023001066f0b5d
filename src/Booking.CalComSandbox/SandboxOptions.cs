namespace Booking.CalComSandbox;

public sealed record SandboxOptions
{
    public string Urls { get; init; } = "http://127.0.0.1:0";

    public string ApiKey { get; init; } = SandboxDefaults.ApiKey;

    public int RateLimitPerWindow { get; init; } = 120;

    public TimeSpan RateLimitWindow { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Path of a seed file; <c>null</c> uses the <c>seed.json</c> shipped next to the assembly.</summary>
    public string? SeedFile { get; init; }

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// How long one webhook delivery may take. Cal.com sets no limit, but the booking request waits for its webhooks,
    /// so a receiver that never answers would hang it.
    /// </summary>
    public TimeSpan WebhookTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
