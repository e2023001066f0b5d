using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Booking.Api.Errors;
using Microsoft.AspNetCore.RateLimiting;

namespace Booking.Api.Security;

/// <summary>
/// A fixed one-minute window per client on <c>/api</c>: the API key's fingerprint when inbound keys are on, else the
/// remote address. Over the limit the client gets 429 <c>RATE_LIMITED</c> with <c>Retry-After</c>.
/// </summary>
public static class InboundRateLimiting
{
    public static IServiceCollection AddInboundRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetSection(InboundRateLimitOptions.SectionName).Get<InboundRateLimitOptions>()?.PermitsPerMinute
            ?? new InboundRateLimitOptions().PermitsPerMinute;
        if (permits <= 0)
        {
            throw new InvalidOperationException("InboundRateLimit__PermitsPerMinute must be a positive number.");
        }

        return services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments("/api")
                    ? RateLimitPartition.GetFixedWindowLimiter(PartitionOf(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = permits,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            limiter.OnRejected = WriteRejectionAsync;
        });
    }

    private static string PartitionOf(HttpContext context)
    {
        var client = ClientIdentity.Of(context);
        return client != ClientIdentity.Anonymous
            ? client
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }

    private static async ValueTask WriteRejectionAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var error = ErrorTable.RateLimited.ToApiError(
            $"This client sent more than the configured number of requests per minute; retry after {Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture)} s.",
            retryAfter);
        await rejected.HttpContext.RequestServices.GetRequiredService<ErrorResponseWriter>().WriteAsync(rejected.HttpContext, error);
    }
}
