using System.Globalization;
using System.Text.Json;
using Booking.Api.Contracts.Errors;
using Booking.Api.Correlation;
using Booking.Domain.Common;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Booking.Api.Errors;

/// <summary>Writes an <see cref="ApiError"/> as the error envelope. The only place that writes error bodies.</summary>
public sealed class ErrorResponseWriter(TimeProvider timeProvider, IOptions<JsonOptions> jsonOptions)
{
    private readonly JsonSerializerOptions serializerOptions = jsonOptions.Value.SerializerOptions;

    public async Task WriteAsync(HttpContext context, ApiError error)
    {
        var response = context.Response;
        response.StatusCode = (int)error.Status;
        if (error.RetryAfter is { } retryAfter)
        {
            response.Headers.RetryAfter = RetryAfterSeconds(retryAfter);
        }

        var body = new ErrorEnvelope(new ErrorBody(
            error.Code,
            error.Message,
            error.Details,
            Iso8601.FormatUtc(timeProvider.GetUtcNow()),
            CorrelationIdMiddleware.Get(context)));

        await response.WriteAsJsonAsync(body, serializerOptions, contentType: "application/json; charset=utf-8", context.RequestAborted);
    }

    /// <summary>A wait as <c>Retry-After</c> says it: whole seconds, rounded up, at least 1.</summary>
    public static string RetryAfterSeconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
