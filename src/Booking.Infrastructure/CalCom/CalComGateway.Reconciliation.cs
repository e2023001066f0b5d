using System.Globalization;
using Booking.Application.Common.CalCom;
using Booking.Application.Common.Exceptions;
using Booking.Infrastructure.CalCom.Json;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;

namespace Booking.Infrastructure.CalCom;

/// <summary>
/// Reconciliation instead of blind retries (ADR 7). Cal.com has no idempotency key, so after a booking POST that may
/// have reached Cal.com without a clear answer the gateway first looks for the booking it may have made, and sends
/// the POST once more only when there is none.
/// </summary>
internal sealed partial class CalComGateway
{
    // Without a length we look a day ahead; the attendee's bookings of one event type in one day are few.
    private static readonly TimeSpan LookupWindowWithoutLength = TimeSpan.FromDays(1);

    /// <summary>
    /// A booking POST ended without telling us whether Cal.com booked: it timed out, the connection dropped after the
    /// request went out, Cal.com failed (5xx) or its reply could not be read. Not ambiguous: any clear answer from
    /// Cal.com, a rate limit (its throttler runs first), an open circuit or a request that provably never left.
    /// </summary>
    internal static bool IsAmbiguous(Exception failure) => failure switch
    {
        CalComTimeoutException or CalComUpstreamException => true,
        CalComUnavailableException { InnerException: var cause } =>
            cause is not BrokenCircuitException && !UnsentRequests.IsProvablyUnsent(cause),
        _ => false,
    };

    private async Task<CalComBooking> ReconcileAsync(
        CalComBookingRequest request, Exception firstFailure, CancellationToken deadline, CancellationToken callerToken)
    {
        var failureType = firstFailure.GetType().Name;
        if (await FindOwnBookingAsync(request, firstFailure, deadline, callerToken) is { } booked)
        {
            LogFound(logger, failureType, booked.Uid);
            return booked;
        }

        LogRetrying(logger, failureType);
        try
        {
            return await PostBookingAsync(request, deadline, callerToken);
        }
        catch (Exception retryFailure) when (IsAmbiguous(retryFailure) || retryFailure is SlotUnavailableException)
        {
            // "Taken" can mean taken by our own first attempt, finished after we looked.
            if (await FindOwnBookingAsync(request, firstFailure, deadline, callerToken) is { } bookedMeanwhile)
            {
                LogFound(logger, failureType, bookedMeanwhile.Uid);
                return bookedMeanwhile;
            }

            LogStillUnknown(logger, failureType, retryFailure.GetType().Name);
            throw firstFailure;
        }
    }

    /// <summary>
    /// Our booking if Cal.com has it, null if it has not. When the lookup itself fails nobody knows, so the answer is
    /// <paramref name="firstFailure"/>, and nothing is sent again.
    /// </summary>
    private async Task<CalComBooking?> FindOwnBookingAsync(
        CalComBookingRequest request, Exception firstFailure, CancellationToken deadline, CancellationToken callerToken)
    {
        try
        {
            var candidates = await ListBookingsAsync(request, deadline, callerToken);
            return candidates.FirstOrDefault(candidate => IsTheRequestedBooking(candidate, request)) is { } ours
                ? CalComBookingMapping.ToBooking(ours)
                : null;
        }
        catch (Exception lookupFailure) when (!callerToken.IsCancellationRequested)
        {
            LogLookupFailed(logger, firstFailure.GetType().Name, lookupFailure.GetType().Name);
            throw firstFailure;
        }
    }

    private async Task<IReadOnlyList<BookingData>> ListBookingsAsync(
        CalComBookingRequest request, CancellationToken deadline, CancellationToken callerToken)
    {
        const CalComOperation operation = CalComOperation.FindBookings;

        using var readDeadline = CancellationTokenSource.CreateLinkedTokenSource(deadline);
        try
        {
            using var message = CreateRequest(HttpMethod.Get, OwnBookingQuery(request), BookingsApiVersion);

            var reply = await SendForJsonAsync(
                message, operation, CalComJsonContext.Default.CalComSuccessResponseIReadOnlyListBookingData, readDeadline);
            return reply is { Status: "success", Data: { } bookings }
                ? bookings
                : throw new CalComUpstreamException("Cal.com's booking list is not a success envelope with data.");
        }
        catch (Exception failure) when (CalComTransportFailures.Translate(failure, operation, callerToken) is { } translated)
        {
            LogTransportFailure(logger, operation, failure.GetType().Name, translated.Message);
            throw translated;
        }
    }

    /// <summary>
    /// <c>GET /v2/bookings</c> narrowed to this event type, attendee and start (CONTRACT §3). The query carries the
    /// attendee's email: no logger of this client writes URLs in clear (see <see cref="DependencyInjection"/>).
    /// </summary>
    private static string OwnBookingQuery(CalComBookingRequest request)
    {
        var end = request.Start + (request.LengthInMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : LookupWindowWithoutLength);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{BookingsPath}?eventTypeId={request.EventTypeId}&attendeeEmail={Uri.EscapeDataString(request.AttendeeEmail)}"
            + $"&afterStart={Uri.EscapeDataString(CalComBookingMapping.FormatInstant(request.Start))}"
            + $"&beforeEnd={Uri.EscapeDataString(CalComBookingMapping.FormatInstant(end))}");
    }

    // Cal.com's status filter has no "accepted or pending", so the match is checked here, field by field.
    private static bool IsTheRequestedBooking(BookingData candidate, CalComBookingRequest request) =>
        candidate.Status is "accepted" or "pending"
        && candidate.Start?.ToUnixTimeMilliseconds() == request.Start.ToUnixTimeMilliseconds()
        && (candidate.EventType?.Id ?? candidate.EventTypeId) == request.EventTypeId
        && candidate.Attendees?.Any(attendee => string.Equals(attendee.Email, request.AttendeeEmail, StringComparison.OrdinalIgnoreCase)) == true;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cal.com booking request ended with {FailureType}, but Cal.com had made the booking {BookingUid}; answering with it")]
    private static partial void LogFound(ILogger logger, string failureType, string bookingUid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cal.com booking request ended with {FailureType} and Cal.com has no such booking; sending it once more")]
    private static partial void LogRetrying(ILogger logger, string failureType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cal.com booking request ended with {FailureType}, the repeat with {RetryFailureType}, and Cal.com has no such booking; answering with the first failure")]
    private static partial void LogStillUnknown(ILogger logger, string failureType, string retryFailureType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cal.com booking request ended with {FailureType} and looking for the booking failed with {LookupFailureType}; answering with the first failure, nothing is sent again")]
    private static partial void LogLookupFailed(ILogger logger, string failureType, string lookupFailureType);
}
