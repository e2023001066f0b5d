using System.Globalization;
using Booking.Application.Common.Failures;
using Booking.Domain.Bookings;
using Booking.Domain.Common;
using Booking.Infrastructure.CalCom.Json;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;

namespace Booking.Infrastructure.CalCom;

/// <summary>
/// Reconciliation instead of blind retries (ADR 7). Cal.com has no idempotency key (docs/calcom.md#idempotency), so
/// after a booking POST that may have reached Cal.com without a clear answer the gateway first looks for the booking it
/// may have made, and sends the POST once more only when there is none.
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
        FailureException { Kind: FailureKind.CalComTimedOut or FailureKind.CalComFailed } => true,
        FailureException { Kind: FailureKind.CalComUnreachable, InnerException: var cause } =>
            cause is not BrokenCircuitException && !UnsentRequests.IsProvablyUnsent(cause),
        _ => false,
    };

    private async Task<BookingAggregate> ReconcileAsync(
        CreateBookingBody body, BookingAggregate requested, Exception firstFailure, CancellationToken deadline, CancellationToken callerToken)
    {
        var failureType = Describe(firstFailure);
        if (await FindOwnBookingAsync(body, requested, firstFailure, deadline, callerToken) is { } booked)
        {
            LogFound(logger, failureType, booked.Id!.Value.Value);
            return booked;
        }

        LogRetrying(logger, failureType);
        try
        {
            return await PostBookingAsync(body, requested, deadline, callerToken);
        }
        catch (Exception retryFailure) when (IsAmbiguous(retryFailure) || retryFailure is FailureException { Kind: FailureKind.SlotUnavailable })
        {
            // "Taken" can mean taken by our own first attempt, finished after we looked.
            if (await FindOwnBookingAsync(body, requested, firstFailure, deadline, callerToken) is { } bookedMeanwhile)
            {
                LogFound(logger, failureType, bookedMeanwhile.Id!.Value.Value);
                return bookedMeanwhile;
            }

            LogStillUnknown(logger, failureType, Describe(retryFailure));
            throw firstFailure;
        }
    }

    /// <summary>
    /// Our booking if Cal.com has it, null if it has not. When the lookup itself fails nobody knows, so the answer is
    /// <paramref name="firstFailure"/>, and nothing is sent again.
    /// </summary>
    private async Task<BookingAggregate?> FindOwnBookingAsync(
        CreateBookingBody body, BookingAggregate requested, Exception firstFailure, CancellationToken deadline, CancellationToken callerToken)
    {
        var call = new CalComCall(CalComOperation.FindBookings, HttpMethod.Get, OwnBookingQuery(body, requested), BookingsApiVersion);
        try
        {
            var candidates = await CallAsync(call, async (response, token) =>
                await ReadSuccessAsync(response, call.Operation, CalComJsonContext.Default.CalComSuccessResponseIReadOnlyListBookingData, token) is
                    { Status: "success", Data: { } bookings }
                    ? bookings
                    : throw new FailureException(FailureKind.CalComFailed, "Cal.com's booking list is not a success envelope with data."),
                deadline, callerToken);

            return candidates.FirstOrDefault(candidate => CalComBookingMapping.IsBookingFor(candidate, requested)) is { } ours
                ? CalComBookingMapping.ToBooking(ours, requested.Attendee)
                : null;
        }
        catch (Exception lookupFailure) when (!callerToken.IsCancellationRequested)
        {
            LogLookupFailed(logger, Describe(firstFailure), Describe(lookupFailure));
            throw firstFailure;
        }
    }

    /// <summary>
    /// <c>GET /v2/bookings</c> narrowed to this event type, attendee and start (docs/calcom.md#lookup). The query
    /// carries the attendee's email: no logger of this client writes URLs in clear (see <see cref="DependencyInjection"/>).
    /// </summary>
    private static string OwnBookingQuery(CreateBookingBody body, BookingAggregate requested)
    {
        var start = requested.Slot.Start;
        var end = start + (body.LengthInMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : LookupWindowWithoutLength);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{BookingsPath}?eventTypeId={requested.EventTypeId.Value}&attendeeEmail={Uri.EscapeDataString(requested.Attendee.Email.Value)}"
            + $"&afterStart={Uri.EscapeDataString(Iso8601.FormatUtc(start))}"
            + $"&beforeEnd={Uri.EscapeDataString(Iso8601.FormatUtc(end))}");
    }

    // The failure kind for a failure of ours, the type name for anything else.
    private static string Describe(Exception failure) => failure is FailureException known ? known.Kind.ToString() : failure.GetType().Name;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cal.com booking request ended with {FailureType}, but Cal.com had made the booking {BookingUid}; answering with it")]
    private static partial void LogFound(ILogger logger, string failureType, string bookingUid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cal.com booking request ended with {FailureType} and Cal.com has no such booking; sending it once more")]
    private static partial void LogRetrying(ILogger logger, string failureType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cal.com booking request ended with {FailureType}, the repeat with {RetryFailureType}, and Cal.com has no such booking; answering with the first failure")]
    private static partial void LogStillUnknown(ILogger logger, string failureType, string retryFailureType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cal.com booking request ended with {FailureType} and looking for the booking failed with {LookupFailureType}; answering with the first failure, nothing is sent again")]
    private static partial void LogLookupFailed(ILogger logger, string failureType, string lookupFailureType);
}
