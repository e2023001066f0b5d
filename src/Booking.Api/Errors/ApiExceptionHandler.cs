using System.Net;
using Booking.Api.Contracts.Errors;
using Booking.Application.Common.Exceptions;
using Booking.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;

namespace Booking.Api.Errors;

/// <summary>The one place where exceptions become HTTP errors. Unknown exceptions become a 500 with no exception text.</summary>
public sealed class ApiExceptionHandler(ErrorResponseWriter writer, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
            return true;
        }

        var error = ToApiError(exception);
        // Expected failures are logged where they are understood (the gateway logs Cal.com's answers); only our own
        // faults are logged here, with the exception for the operator and nothing of it for the client.
        if (error.Status == HttpStatusCode.InternalServerError)
        {
            logger.LogError(exception, "Unhandled {ExceptionType} while serving the request", exception.GetType().Name);
        }

        await writer.WriteAsync(httpContext, error);
        return true;
    }

    public static ApiError ToApiError(Exception exception) => exception switch
    {
        ValidationException validation =>
            ApiError.Validation(validation.Errors.Select(e => new FieldErrorResponse(e.Field, e.Message))),
        DomainException domain => ApiError.Validation(domain.Field, domain.Message),
        RecurringBookingSeriesException series => ApiError.Validation("reservationId", series.Message),
        CalComRejectedRequestException rejected => ApiError.Validation("body", $"Cal.com rejected the request: {rejected.Message}"),
        CalComAuthenticationException authentication => new ApiError(
            HttpStatusCode.Unauthorized, ErrorCodes.AuthenticationError, "Cal.com API authentication failed.", authentication.Message),
        EventTypeNotFoundException notFound => new ApiError(
            HttpStatusCode.NotFound, ErrorCodes.EventTypeNotFound, "The event type does not exist or is not accessible.", notFound.Message),
        BookingNotFoundException notFound => new ApiError(
            HttpStatusCode.NotFound, ErrorCodes.BookingNotFound, "The booking does not exist.", notFound.Message),
        BookingNotCancellableException notCancellable => new ApiError(
            HttpStatusCode.Conflict, ErrorCodes.BookingNotCancellable, "The booking can no longer be cancelled.", notCancellable.Message),
        BookingNotReschedulableException notReschedulable => new ApiError(
            HttpStatusCode.Conflict, ErrorCodes.BookingNotReschedulable, "The booking can no longer be rescheduled.", notReschedulable.Message),
        SlotUnavailableException slot => new ApiError(
            HttpStatusCode.Conflict, ErrorCodes.SlotUnavailable, "The requested slot is no longer available.", slot.Message),
        CalComRateLimitedException rateLimited => new ApiError(
            HttpStatusCode.TooManyRequests, ErrorCodes.RateLimited, "Too many requests to Cal.com; retry after the time in Retry-After.",
            rateLimited.Message) { RetryAfter = rateLimited.RetryAfter },
        CalComUpstreamException upstream => new ApiError(
            HttpStatusCode.BadGateway, ErrorCodes.UpstreamError, "Cal.com failed to process the request.", upstream.Message),
        CalComUnavailableException unavailable => new ApiError(
            HttpStatusCode.ServiceUnavailable, ErrorCodes.UpstreamUnavailable, "Cal.com cannot be reached right now.", unavailable.Message),
        CalComTimeoutException timeout => new ApiError(
            HttpStatusCode.GatewayTimeout, ErrorCodes.UpstreamTimeout, "Cal.com did not answer in time.", timeout.Message),
        IdempotencyStoreUnavailableException => new ApiError(
            HttpStatusCode.ServiceUnavailable, ErrorCodes.IdempotencyUnavailable, "Idempotency keys cannot be checked right now.",
            "The shared idempotency store is unreachable; nothing was done. Retry later."),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => StatusCodeErrors.For(StatusCodes.Status413PayloadTooLarge),
        BadHttpRequestException badRequest => ApiError.Validation("body", $"The request could not be read ({badRequest.StatusCode})."),
        _ => new ApiError(
            HttpStatusCode.InternalServerError, ErrorCodes.InternalServerError, "An unexpected error occurred.", "The error has been logged."),
    };
}
