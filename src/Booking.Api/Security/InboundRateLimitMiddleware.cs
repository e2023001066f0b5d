using Booking.Api.Errors;

namespace Booking.Api.Security;

/// <summary>Admits a request on a limited route while its client's window has room; answers 429 otherwise.</summary>
public sealed class InboundRateLimitMiddleware(RequestDelegate next, InboundRateLimiter limiter, ErrorResponseWriter errors)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (InboundRateLimiting.IsLimited(context.Request.Path)
            && !limiter.Counter.TryHit(InboundRateLimiting.PartitionOf(context), out var retryAfter, out _))
        {
            await errors.WriteAsync(context, InboundRateLimiting.TooManyRequests(retryAfter));
            return;
        }

        await next(context);
    }
}
