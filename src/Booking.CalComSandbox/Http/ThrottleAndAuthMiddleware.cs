using System.Globalization;
using System.Text.Json.Nodes;

namespace Booking.CalComSandbox.Http;

/// <summary>
/// Cal.com's global throttler guard and bearer check. The throttler runs before authentication: it rejects an unknown
/// <c>cal_</c> key itself, and it counts a request even when the bearer turns out to be invalid.
/// </summary>
internal sealed class ThrottleAndAuthMiddleware(RequestDelegate next, RateLimiter limiter, SandboxOptions options)
{
    private const string ApiKeyPrefix = "cal_";
    private const string BearerPrefix = "Bearer ";

    public async Task InvokeAsync(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        var bearer = authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? authorization[BearerPrefix.Length..].Trim()
            : authorization.Trim();
        var isApiKey = bearer.StartsWith(ApiKeyPrefix, StringComparison.Ordinal);

        if (isApiKey && !string.Equals(bearer, options.ApiKey, StringComparison.Ordinal))
        {
            await ErrorEnvelope.WriteAsync(context, StatusCodes.Status401Unauthorized, CalComMessages.InvalidApiKey);
            return;
        }

        var tracker = bearer.Length > 0 ? "bearer:" + bearer : "ip:" + ClientAddressOf(context);
        var decision = limiter.Hit(tracker);
        var headers = context.Response.Headers;
        headers["X-RateLimit-Limit-Default"] = limiter.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining-Default"] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset-Default"] = decision.ResetSeconds.ToString(CultureInfo.InvariantCulture);
        if (!decision.Allowed)
        {
            await ErrorEnvelope.WriteAsync(
                context,
                StatusCodes.Status429TooManyRequests,
                CalComMessages.TooManyRequests,
                details: JsonValue.Create(CalComMessages.TooManyRequests));
            return;
        }

        if (bearer.Length > 0 && !isApiKey)
        {
            await ErrorEnvelope.WriteAsync(context, StatusCodes.Status401Unauthorized, CalComMessages.InvalidAccessToken);
            return;
        }

        context.Features.Set(isApiKey ? SandboxCaller.Host : SandboxCaller.Anonymous);
        await next(context);
    }

    private static string ClientAddressOf(HttpContext context) =>
        context.Request.Headers["cf-connecting-ip"].FirstOrDefault()
        ?? context.Connection.RemoteIpAddress?.ToString()
        ?? "unknown";
}
