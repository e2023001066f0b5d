using System.Net;
using Booking.Application.Common.Exceptions;

namespace Booking.Infrastructure.CalCom;

/// <summary>
/// The one place that decides what a Cal.com error status and message mean for the application
/// (CONTRACT §7). Branches on the HTTP status first; Cal.com's messages only refine 400 and 401.
/// </summary>
internal static class CalComErrorTranslator
{
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

    // Booking-limit breaches come back as 401 (CONTRACT §7a): not about our key.
    private static readonly string[] LimitReachedCodes = ["booking_limit_reached", "duration_limit_reached"];

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

    public static Exception ToException(CalComOperation operation, CalComErrorReply reply)
    {
        var status = (int)reply.StatusCode;
        var creating = operation == CalComOperation.CreateBooking;

        return reply.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => new CalComRateLimitedException(RetryAfter(reply)),
            _ when status >= 500 => new CalComUpstreamException($"Cal.com failed with HTTP {status}."),
            HttpStatusCode.Conflict when creating => new SlotUnavailableException(Readable(reply, "The slot is no longer available.")),
            HttpStatusCode.BadRequest when creating && MentionsAny(reply, SlotUnavailableMessages) =>
                new SlotUnavailableException(Readable(reply, "The slot is no longer available.")),
            HttpStatusCode.Unauthorized when creating && IsAnyOf(reply, LimitReachedCodes) =>
                new SlotUnavailableException(Readable(reply, "A booking limit has been reached.")),
            HttpStatusCode.NotFound when creating => new EventTypeNotFoundException(reply.Message ?? "Cal.com does not know this event type."),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                new CalComAuthenticationException(reply.Message ?? $"Cal.com refused our credentials (HTTP {status})."),
            _ when status >= 400 => new CalComRejectedRequestException(reply.Message ?? $"Cal.com rejected the request (HTTP {status})."),
            _ => new CalComUpstreamException($"Cal.com answered with unexpected HTTP {status}."),
        };
    }

    private static TimeSpan RetryAfter(CalComErrorReply reply) =>
        reply.RateLimitReset is { } reset
            ? TimeSpan.FromSeconds(Math.Ceiling(Math.Max(reset.TotalSeconds, ShortestRetryAfter.TotalSeconds)))
            : DefaultRetryAfter;

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
