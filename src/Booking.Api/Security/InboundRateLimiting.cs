using System.Net;
using Booking.Api.Errors;

namespace Booking.Api.Security;

/// <summary>
/// A fixed one-minute window per client on <c>/api</c> and the documentation routes (<c>/openapi</c>, <c>/docs</c>): the
/// API key's fingerprint when inbound keys are on, else the remote address. Over the limit the client gets 429
/// <c>RATE_LIMITED</c> with <c>Retry-After</c>: the seconds until its window closes and a request is admitted again.
/// </summary>
public static class InboundRateLimiting
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddInboundRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetSection(InboundRateLimitOptions.SectionName).Get<InboundRateLimitOptions>()?.PermitsPerMinute
            ?? new InboundRateLimitOptions().PermitsPerMinute;
        if (permits <= 0)
        {
            throw new InvalidOperationException("InboundRateLimit__PermitsPerMinute must be a positive number.");
        }

        return services.AddSingleton(provider => new InboundRateLimiter(new FixedWindowCounter(permits, Window, provider.GetRequiredService<TimeProvider>())));
    }

    /// <summary>The routes a client is limited on: the API, and the documentation, which costs more to send than a booking.</summary>
    public static bool IsLimited(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/docs");

    public static string PartitionOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var client = ClientIdentity.Of(context);
        return client != ClientIdentity.Anonymous ? client : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }

    public static ApiError TooManyRequests(TimeSpan retryAfter) =>
        ErrorTable.RateLimited.ToApiError(
            $"This client sent more than the configured number of requests per minute; retry after {ErrorResponseWriter.RetryAfterSeconds(retryAfter)} s.",
            retryAfter);
}
