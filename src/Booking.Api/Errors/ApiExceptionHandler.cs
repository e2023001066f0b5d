using System.Net;
using Microsoft.AspNetCore.Diagnostics;

namespace Booking.Api.Errors;

/// <summary>The one place where exceptions become HTTP errors (through <see cref="ErrorTable"/>).</summary>
public sealed class ApiExceptionHandler(ErrorResponseWriter writer, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
            return true;
        }

        var error = ErrorTable.For(exception);
        // Expected failures are logged where they are understood (the gateway logs Cal.com's answers); only our own
        // faults are logged here, with the exception for the operator and nothing of it for the client.
        if (error.Status == HttpStatusCode.InternalServerError)
        {
            logger.LogError(exception, "Unhandled {ExceptionType} while serving the request", exception.GetType().Name);
        }

        await writer.WriteAsync(httpContext, error);
        return true;
    }
}
