namespace Booking.Api.Health;

/// <summary>One dependency's state, e.g. <c>calcom</c>.</summary>
public sealed record HealthCheckResponse
{
    public required string Name { get; init; }

    /// <summary><c>healthy</c>, <c>degraded</c> or <c>unhealthy</c>.</summary>
    public required string Status { get; init; }

    /// <summary>What the check saw, e.g. "Cal.com answered HTTP 404."; never a secret or a URL.</summary>
    public string? Description { get; init; }
}
