using System.Diagnostics;
using Booking.Api.Contracts.Bookings;
using Booking.Api.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Booking.Api.Observability;

/// <summary>
/// Records how a booking action ended, in the booking metrics and on the request's trace: the booking's status, or
/// the error code the client received (a rejected body, a failed command or a Cal.com failure alike). Applied with
/// <see cref="RecordBookingOutcomeAttribute"/> to the actions that create bookings (reserve, reschedule).
/// </summary>
public sealed class BookingOutcomeFilter(BookingMetrics metrics) : IAsyncActionFilter
{
    public const string OutcomeTraceTag = "booking.outcome";
    public const string ErrorCodeTraceTag = "booking.error_code";

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        var executed = await next();
        if (executed.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody learns an outcome, so none is counted.
            return;
        }

        switch (executed)
        {
            case { Exception: { } exception, ExceptionHandled: false }:
                Failed(ErrorTable.For(exception).Code);
                break;
            case { Result: ErrorEnvelopeResult rejected }:
                Failed(rejected.Error.Code);
                break;
            case { Result: ObjectResult { Value: BookingResponse booked } }:
                Booked(booked.Status);
                break;
        }
    }

    private void Booked(string status)
    {
        metrics.RecordBooked(status);
        Activity.Current?.SetTag(OutcomeTraceTag, status);
    }

    private void Failed(string errorCode)
    {
        if (!ErrorTable.Of(errorCode).CountsAsFailedBooking)
        {
            return;
        }

        metrics.RecordFailed(errorCode);
        Activity.Current?.SetTag(OutcomeTraceTag, BookingMetrics.Failed);
        Activity.Current?.SetTag(ErrorCodeTraceTag, errorCode);
    }
}
