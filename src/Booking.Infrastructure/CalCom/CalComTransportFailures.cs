using System.Text.Json;
using Booking.Application.Common.Failures;
using Booking.Infrastructure.CalCom.Budget;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Booking.Infrastructure.CalCom;

/// <summary>
/// Turns failures below HTTP (timeouts, broken connections, an open circuit, unreadable JSON) into
/// application failures, so no HTTP, Polly or JSON type crosses the port.
/// </summary>
internal static class CalComTransportFailures
{
    /// <summary>Returns the application failure for <paramref name="failure"/>, or null to let it through unchanged.</summary>
    public static FailureException? Translate(Exception failure, CalComOperation operation, CancellationToken callerToken) => failure switch
    {
        // The caller gave up: that is theirs to handle, not a Cal.com outcome.
        OperationCanceledException when callerToken.IsCancellationRequested => null,
        // Like a dropped connection below, a timed-out booking POST may still have been booked by Cal.com.
        TimeoutRejectedException => new FailureException(FailureKind.CalComTimedOut, TimedOut(operation), failure),
        // Our own deadline around send-and-read fired (see CalComGateway).
        OperationCanceledException => new FailureException(FailureKind.CalComTimedOut, TimedOut(operation), failure),
        BrokenCircuitException => new FailureException(FailureKind.CalComUnreachable, "Cal.com is failing too often; calls are paused for a moment.", failure),
        UpstreamBudgetExhaustedException spent => new FailureException(
            FailureKind.RateLimited, "This service's budget of calls to Cal.com is spent; no call was made.") { RetryAfter = spent.RetryAfter },
        // Refused, DNS, reset or dropped. For a booking POST a drop after sending is ambiguous (the booking
        // may exist): the gateway reconciles before this reaches the client.
        HttpRequestException or IOException => new FailureException(FailureKind.CalComUnreachable, $"Cal.com could not be reached ({Describe(operation)}).", failure),
        JsonException => new FailureException(FailureKind.CalComFailed, $"Cal.com's reply to {Describe(operation)} is not valid JSON of the expected shape.", failure),
        _ => null,
    };

    private static string TimedOut(CalComOperation operation) => $"Cal.com did not answer {Describe(operation)} in time.";

    private static string Describe(CalComOperation operation) => operation switch
    {
        CalComOperation.CreateBooking => "the booking request",
        CalComOperation.FindEventType => "the event type request",
        CalComOperation.FindBookings => "the booking lookup",
        CalComOperation.FindAvailableSlots => "the slots request",
        CalComOperation.GetBooking => "the booking read",
        CalComOperation.CancelBooking => "the cancellation",
        CalComOperation.RescheduleBooking => "the reschedule request",
        CalComOperation.HoldSlot => "the slot hold request",
        _ => operation.ToString(),
    };
}
