using Serilog.Context;

namespace Booking.Api.Correlation;

/// <summary>
/// Gives every request a correlation id: the caller's <c>x-correlation-id</c> when it is sane (1–128 characters of
/// letters, digits and <c>-_.:</c>), a new one otherwise. It is echoed on the response, put on every log line of the
/// request and forwarded to Cal.com.
/// </summary>
public sealed class CorrelationIdMiddleware(RequestDelegate next)
{
    public const string HeaderName = "x-correlation-id";
    private const int MaxLength = 128;
    private static readonly object ItemKey = new();

    public async Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[HeaderName];
        var correlationId = incoming.Count == 1 && IsSane(incoming[0]) ? incoming[0]! : Guid.NewGuid().ToString("N");

        context.Items[ItemKey] = correlationId;

        // Set when the response starts: the exception handler clears headers set before an error.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = correlationId;
            return Task.CompletedTask;
        });

        using (LogContext.PushProperty("CorrelationId", correlationId))
        {
            await next(context);
        }
    }

    public static string? Get(HttpContext context) => context.Items.TryGetValue(ItemKey, out var value) ? value as string : null;

    public static bool IsSane(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= MaxLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');
}
