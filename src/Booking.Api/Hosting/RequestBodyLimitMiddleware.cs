using Booking.Api.Errors;
using Microsoft.AspNetCore.Http.Features;

namespace Booking.Api.Hosting;

/// <summary>
/// Refuses a declared body over the limit before anything reads it, and caps bodies of unknown length where the
/// server supports it (Kestrel then fails the read with 413, which the exception handler turns into the envelope).
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, ErrorResponseWriter errors)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > RequestLimits.MaxBodyBytes)
        {
            await errors.WriteAsync(context, StatusCodeErrors.For(StatusCodes.Status413PayloadTooLarge));
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = RequestLimits.MaxBodyBytes;
        }

        await next(context);
    }
}
