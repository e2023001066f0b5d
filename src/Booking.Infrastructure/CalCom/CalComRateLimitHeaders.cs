using System.Globalization;

namespace Booking.Infrastructure.CalCom;

/// <summary>
/// Cal.com's throttler headers (docs/calcom.md#rate-limits). They carry the limit's name as a suffix; we read the default limit's.
/// Cal.com sends no <c>Retry-After</c>.
/// </summary>
internal static class CalComRateLimitHeaders
{
    public const string Remaining = "X-RateLimit-Remaining-Default";
    public const string Reset = "X-RateLimit-Reset-Default";

    /// <summary>Time until the window resets or, when blocked, until the block ends; null when absent or unreadable.</summary>
    public static TimeSpan? ResetOf(HttpResponseMessage response) =>
        NumberOf(response, Reset) is { } seconds && seconds < TimeSpan.MaxValue.TotalSeconds
            ? TimeSpan.FromSeconds(seconds)
            : null;

    /// <summary>Calls left in the current window; null when absent or unreadable.</summary>
    public static double? RemainingOf(HttpResponseMessage response) => NumberOf(response, Remaining);

    private static double? NumberOf(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values)
        && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
        && double.IsFinite(number)
        && number >= 0
            ? number
            : null;
}
