using Booking.Api.Health;
using Booking.Api.OpenApi;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Booking.Api.Hosting;

/// <summary>
/// <c>/health/live</c> answers 200 while the process serves requests and checks nothing else, so an orchestrator
/// never restarts the service because Cal.com is down. <c>/health/ready</c> runs every check tagged
/// <see cref="ReadyTag"/> (Cal.com reachable, cached; registered by the composition root) and answers 503 when one is
/// unhealthy, so traffic waits.
/// </summary>
public static class HealthCheckHosting
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    public const string ReadyTag = "ready";
    public const string CalComCheckName = "calcom";
    private const string Tag = "Health";

    public static IEndpointRouteBuilder MapBookingHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LivePath, (HealthCheckService health, HttpContext context) => ReportAsync(health, context, _ => false))
            .WithTags(Tag)
            .WithName("HealthLive")
            .WithSummary("Liveness: the process is up.")
            .WithDescription("Checks no dependency, so an orchestrator never restarts the service because Cal.com is down.")
            .Produces<HealthReportResponse>(StatusCodes.Status200OK)
            .AddOpenApiOperationTransformer(OpenApiExamples.ForResponses(new Dictionary<int, object>
            {
                [StatusCodes.Status200OK] = new HealthReportResponse { Status = "healthy", Checks = [] },
            }))
            .DisableHttpMetrics();

        endpoints.MapGet(ReadyPath, (HealthCheckService health, HttpContext context) =>
                ReportAsync(health, context, check => check.Tags.Contains(ReadyTag)))
            .WithTags(Tag)
            .WithName("HealthReady")
            .WithSummary("Readiness: the service can reach Cal.com.")
            .WithDescription("200 when Cal.com's base URL answers (any HTTP status), 503 when it cannot be reached. "
                + "The answer is reused for a few seconds (Health__ReadyCacheDuration, 15 s by default), so probes do not "
                + "spend the Cal.com rate budget.")
            .Produces<HealthReportResponse>(StatusCodes.Status200OK)
            .Produces<HealthReportResponse>(StatusCodes.Status503ServiceUnavailable)
            .AddOpenApiOperationTransformer(OpenApiExamples.ForResponses(new Dictionary<int, object>
            {
                [StatusCodes.Status200OK] = ReadyReport("healthy", "Cal.com answered HTTP 404."),
                [StatusCodes.Status503ServiceUnavailable] = ReadyReport("unhealthy", "Cal.com could not be reached."),
            }))
            .DisableHttpMetrics();

        return endpoints;
    }

    /// <summary>True for the probe routes, which request logs and traces leave out.</summary>
    public static bool IsProbe(PathString path) => path.Equals(LivePath, StringComparison.OrdinalIgnoreCase)
        || path.Equals(ReadyPath, StringComparison.OrdinalIgnoreCase);

    private static async Task<IResult> ReportAsync(HealthCheckService health, HttpContext context, Func<HealthCheckRegistration, bool> predicate)
    {
        var report = await health.CheckHealthAsync(predicate, context.RequestAborted);
        // A cached probe answer from a proxy would hide a change of state.
        context.Response.Headers.CacheControl = "no-store";
        var body = new HealthReportResponse
        {
            Status = ToText(report.Status),
            Checks = report.Entries
                .Select(entry => new HealthCheckResponse { Name = entry.Key, Status = ToText(entry.Value.Status), Description = entry.Value.Description })
                .ToList(),
        };
        var status = report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        return Results.Json(body, statusCode: status);
    }

    private static HealthReportResponse ReadyReport(string status, string description) => new()
    {
        Status = status,
        Checks = [new HealthCheckResponse { Name = CalComCheckName, Status = status, Description = description }],
    };

    private static string ToText(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "healthy",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };
}
