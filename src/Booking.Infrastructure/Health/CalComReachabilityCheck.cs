using Booking.Infrastructure.CalCom;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Booking.Infrastructure.Health;

/// <summary>
/// Ready means Cal.com's base URL answers: any HTTP response counts, since the point is that Cal.com can be reached,
/// not what it thinks of an anonymous GET. One probe serves every caller for
/// <see cref="HealthOptions.ReadyCacheDuration"/>, and callers arriving while it runs share it, so probes cannot
/// spend the Cal.com rate budget.
/// </summary>
internal sealed partial class CalComReachabilityCheck(
    IHttpClientFactory httpClientFactory,
    IOptions<CalComOptions> calCom,
    IOptions<HealthOptions> options,
    TimeProvider timeProvider,
    ILogger<CalComReachabilityCheck> logger) : IHealthCheck
{
    public const string HttpClientName = "calcom-reachability";

    private readonly Lock sync = new();
    private Task<HealthCheckResult>? latest;
    private long latestStartedAt;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        lock (sync)
        {
            if (latest is null || timeProvider.GetElapsedTime(latestStartedAt) >= options.Value.ReadyCacheDuration)
            {
                latestStartedAt = timeProvider.GetTimestamp();
                latest = ProbeAsync();
            }

            return latest.WaitAsync(cancellationToken);
        }
    }

    private async Task<HealthCheckResult> ProbeAsync()
    {
        try
        {
            using var client = httpClientFactory.CreateClient(HttpClientName);
            using var response = await client.GetAsync(new Uri(calCom.Value.BaseUrl), HttpCompletionOption.ResponseHeadersRead);
            return HealthCheckResult.Healthy($"Cal.com answered HTTP {(int)response.StatusCode}.");
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
        {
            var reason = failure is TaskCanceledException
                ? $"Cal.com did not answer within {options.Value.ProbeTimeout.TotalSeconds:0.#} s."
                : "Cal.com could not be reached.";
            LogUnreachable(logger, reason, failure.GetType().Name);
            return HealthCheckResult.Unhealthy(reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not ready: {Reason} ({FailureType})")]
    private static partial void LogUnreachable(ILogger logger, string reason, string failureType);
}
