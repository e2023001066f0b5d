namespace Booking.Api.Health;

/// <summary>Body of <c>/health/live</c> and <c>/health/ready</c>.</summary>
public sealed record HealthReportResponse
{
    /// <summary><c>healthy</c>, <c>degraded</c> or <c>unhealthy</c>; the HTTP status says the same (200, 200, 503).</summary>
    public required string Status { get; init; }

    /// <summary>What was checked; empty for liveness.</summary>
    public required IReadOnlyList<HealthCheckResponse> Checks { get; init; }
}
