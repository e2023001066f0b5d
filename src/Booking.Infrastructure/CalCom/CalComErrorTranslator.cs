using System.Net;
using Booking.Application.Common.Failures;

namespace Booking.Infrastructure.CalCom;

/// <summary>
/// The one place that decides what a Cal.com error status and message mean for the application
/// (docs/calcom.md#errors). Branches on the HTTP status first; Cal.com's messages only refine 400 and 401.
/// </summary>
internal static class CalComErrorTranslator
{
    public const string CalComLimitSpent = "Cal.com's rate limit for this API key is spent.";

    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ShortestRetryAfter = TimeSpan.FromSeconds(1);

    // Message fragments of the 400s Cal.com sends when the slot itself cannot be booked.
    private static readonly string[] SlotUnavailableMessages =
    [
        "already has booking at this time or is not available",
        "can't be booked at the",
        "no_available_users_found_error",
        "booking_time_out_of_bounds_error",
    ];

    // Booking-limit breaches come back as 401 (docs/calcom.md#create): not about our key.
    private static readonly string[] LimitReachedCodes = ["booking_limit_reached", "duration_limit_reached"];

    // The 400s of a cancel that no retry can fix (docs/calcom.md#cancel): the booking is over, or its event type forbids it.
    private static readonly string[] NotCancellableMessages = ["already ended", "does not allow cancel"];

    // The 400 of a reschedule whose booking no longer holds its slot (docs/calcom.md#reschedule).
    private static readonly string[] NotReschedulableMessages = ["has been cancelled", "has been rejected"];

    private const string AlreadyCancelledMessage = "has been cancelled already";

    // Cal.com passes some error codes through as the message; say what they mean instead.
    private static readonly Dictionary<string, string> ReadableCodes = new(StringComparer.Ordinal)
    {
        ["booking_conflict_error"] = "Another booking took this slot at the same time.",
        ["booking_limit_reached"] = "The event type's booking limit for this period has been reached.",
        ["duration_limit_reached"] = "The event type's duration limit for this period has been reached.",
        ["already_signed_up_for_this_booking_error"] = "The attendee is already signed up for this booking.",
        ["no_available_users_found_error"] = "No host is available at this time.",
        ["booking_time_out_of_bounds_error"] = "The event type can't be booked at this start time.",
    };

    public static FailureException ToException(CalComOperation operation, CalComErrorReply reply)
    {
        var status = (int)reply.StatusCode;
        // Creating and rescheduling both claim a slot, so both can find it taken.
        var claimsSlot = operation is CalComOperation.CreateBooking or CalComOperation.RescheduleBooking;
        var namesBooking = operation is CalComOperation.GetBooking or CalComOperation.CancelBooking or CalComOperation.RescheduleBooking;
        var namesEventType = operation is CalComOperation.CreateBooking or CalComOperation.FindAvailableSlots or CalComOperation.HoldSlot;

        return reply.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => new FailureException(FailureKind.RateLimited, CalComLimitSpent) { RetryAfter = RetryAfter(reply) },
            _ when status >= 500 => new FailureException(FailureKind.CalComFailed, $"Cal.com failed with HTTP {status}."),
            HttpStatusCode.Conflict when claimsSlot => SlotUnavailable(Readable(reply, "The slot is no longer available.")),
            HttpStatusCode.BadRequest when claimsSlot && MentionsAny(reply, SlotUnavailableMessages) =>
                SlotUnavailable(Readable(reply, "The slot is no longer available.")),
            HttpStatusCode.Unauthorized when claimsSlot && IsAnyOf(reply, LimitReachedCodes) =>
                SlotUnavailable(Readable(reply, "A booking limit has been reached.")),
            HttpStatusCode.BadRequest when operation == CalComOperation.CancelBooking && MentionsAny(reply, NotCancellableMessages) =>
                new FailureException(FailureKind.BookingNotCancellable, reply.Message!),
            HttpStatusCode.BadRequest when operation == CalComOperation.RescheduleBooking && MentionsAny(reply, NotReschedulableMessages) =>
                new FailureException(FailureKind.BookingNotReschedulable, reply.Message!),
            // Cal.com answers 422 when another booking or hold covers the slot.
            HttpStatusCode.UnprocessableEntity when operation == CalComOperation.HoldSlot =>
                SlotUnavailable(reply.Message ?? "The slot is booked or held already."),
            HttpStatusCode.NotFound when namesBooking =>
                new FailureException(FailureKind.BookingNotFound, reply.Message ?? "Cal.com has no booking with this id."),
            HttpStatusCode.NotFound when namesEventType =>
                new FailureException(FailureKind.EventTypeNotFound, reply.Message ?? "Cal.com does not know this event type."),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new FailureException(FailureKind.CalComAuthenticationFailed,
                reply.Message ?? $"Cal.com refused our credentials (HTTP {status})."),
            _ when status >= 400 => FailureException.Invalid("body", $"Cal.com rejected the request: {reply.Message ?? $"HTTP {status}"}"),
            _ => new FailureException(FailureKind.CalComFailed, $"Cal.com answered with unexpected HTTP {status}."),
        };
    }

    /// <summary>Whether a failed cancel says the booking is cancelled already: for our clients that is success.</summary>
    public static bool SaysAlreadyCancelled(CalComErrorReply reply) =>
        reply.StatusCode == HttpStatusCode.BadRequest
        && reply.Message?.Contains(AlreadyCancelledMessage, StringComparison.OrdinalIgnoreCase) == true;

    private static TimeSpan RetryAfter(CalComErrorReply reply) =>
        reply.RateLimitReset is { } reset
            ? TimeSpan.FromSeconds(Math.Ceiling(Math.Max(reset.TotalSeconds, ShortestRetryAfter.TotalSeconds)))
            : DefaultRetryAfter;

    private static FailureException SlotUnavailable(string reason) => new(FailureKind.SlotUnavailable, reason);

    private static bool MentionsAny(CalComErrorReply reply, string[] fragments) =>
        reply.Message is { } message && fragments.Any(fragment => message.Contains(fragment, StringComparison.OrdinalIgnoreCase));

    private static bool IsAnyOf(CalComErrorReply reply, string[] codes) =>
        reply.Message is { } message && codes.Contains(message.Trim(), StringComparer.OrdinalIgnoreCase);

    private static string Readable(CalComErrorReply reply, string fallback) =>
        reply.Message switch
        {
            null => fallback,
            var message when ReadableCodes.TryGetValue(message, out var readable) => readable,
            var message => message,
        };
}
