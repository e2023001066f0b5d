using System.Text.Json;
using Booking.Application.Common.Exceptions;
using Booking.Infrastructure.CalCom.Budget;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Booking.Infrastructure.CalCom;

/// <summary>
/// Turns failures below HTTP (timeouts, broken connections, an open circuit, unreadable JSON) into
/// application exceptions, so no HTTP, Polly or JSON type crosses the port.
/// </summary>
internal static class CalComTransportFailures
{
    /// <summary>Returns the application exception for <paramref name="failure"/>, or null to let it through unchanged.</summary>
    public static Exception? Translate(Exception failure, CalComOperation operation, CancellationToken callerToken) => failure switch
    {
        // The caller gave up: that is theirs to handle, not a Cal.com outcome.
        OperationCanceledException when callerToken.IsCancellationRequested => null,
        // Like a dropped connection below, a timed-out booking POST may still have been booked by Cal.com.
        TimeoutRejectedException => new CalComTimeoutException(TimedOut(operation), failure),
        // Our own deadline around send-and-read fired (see CalComGateway).
        OperationCanceledException => new CalComTimeoutException(TimedOut(operation), failure),
        BrokenCircuitException => new CalComUnavailableException("Cal.com is failing too often; calls are paused for a moment.", failure),
        UpstreamBudgetExhaustedException spent => new CalComRateLimitedException(
            spent.RetryAfter, "This service's budget of calls to Cal.com is spent; no call was made."),
        // Refused, DNS, reset or dropped. For a booking POST a drop after sending is ambiguous (the booking
        // may exist): the gateway reconciles before this reaches the client.
        HttpRequestException or IOException => new CalComUnavailableException($"Cal.com could not be reached ({Describe(operation)}).", failure),
        JsonException => new CalComUpstreamException($"Cal.com's reply to {Describe(operation)} is not valid JSON of the expected shape.", failure),
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
