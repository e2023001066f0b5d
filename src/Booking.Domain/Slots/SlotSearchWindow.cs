using System.Globalization;
using Booking.Domain.Bookings;
using Booking.Domain.Common;

namespace Booking.Domain.Slots;

/// <summary>
/// The span searched for free slots: slots that start at or after <see cref="From"/> and before <see cref="To"/>.
/// At most <see cref="MaxDays"/> days, so one search costs Cal.com one bounded query.
/// </summary>
public sealed record SlotSearchWindow
{
    public const int MaxDays = 31;
    public const string DateFormat = "yyyy-MM-dd";

    private const string BoundExamples = "e.g. 2030-09-10 or 2030-09-10T09:00:00-04:00";

    public DateTimeOffset From { get; }

    public DateTimeOffset To { get; }

    private SlotSearchWindow(DateTimeOffset from, DateTimeOffset to)
    {
        From = from.ToUniversalTime();
        To = to.ToUniversalTime();
    }

    public const string EndedMessage =
        "end is in the past: only slots from now on can be booked, so the search would find none. Ask for a window that ends in the future.";

    public bool Contains(DateTimeOffset start) => start >= From && start < To;

    /// <summary>False for a window that is over: it can hold no slot that could still be booked.</summary>
    public bool EndsAfter(DateTimeOffset now) => To > now;

    /// <summary>
    /// Reads a search's <c>start</c> and <c>end</c>, each an ISO-8601 date and time with <c>Z</c> or an offset, or a plain
    /// date (<c>yyyy-MM-dd</c>) in <paramref name="zone"/>. A date as the start means the beginning of that day; as the
    /// end it means the end of that day, so <c>start=2030-09-10&amp;end=2030-09-10</c> is that whole day.
    /// </summary>
    public static Parsed<SlotSearchWindow> Parse(string? start, string? end, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var from = ParseBound(start, "start", zone, isEnd: false);
        var to = ParseBound(end, "end", zone, isEnd: true);
        if (!from.IsValid || !to.IsValid)
        {
            return Parsed<SlotSearchWindow>.Invalid([.. from.Errors, .. to.Errors]);
        }

        if (to.Value <= from.Value)
        {
            return Parsed<SlotSearchWindow>.Invalid("end", TimeSlot.EndAfterStartMessage);
        }

        return to.Value - from.Value <= TimeSpan.FromDays(MaxDays)
            ? new SlotSearchWindow(from.Value, to.Value)
            : Parsed<SlotSearchWindow>.Invalid("end", $"start to end may span at most {MaxDays} days.");
    }

    private static Parsed<DateTimeOffset> ParseBound(string? text, string field, TimeZoneInfo zone, bool isEnd)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Parsed<DateTimeOffset>.Invalid(field, $"{field} is required.");
        }

        if (Iso8601.TryParseInstant(text, out var instant))
        {
            return instant;
        }

        // A URL's query turns an unescaped + into a space, so "+02:00" arrives as " 02:00".
        if (text.Contains(' ', StringComparison.Ordinal) && Iso8601.TryParseInstant(text.Replace(' ', '+'), out _))
        {
            return Parsed<DateTimeOffset>.Invalid(field,
                $"{field} has a space where its offset's + should be: in a URL a + means a space, so write it as %2B, "
                + "e.g. 2030-09-10T09:00:00%2B02:00.");
        }

        // Days at the very edges of the calendar cannot be shifted by a zone's offset without leaving it.
        if (!DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || date.Year is < 2 or > 9998)
        {
            return Parsed<DateTimeOffset>.Invalid(field,
                $"{field} must be a date (yyyy-MM-dd) or an ISO-8601 date and time with Z or an offset, {BoundExamples}.");
        }

        return StartOfDay(isEnd ? date.AddDays(1) : date, zone);
    }

    // Where a zone skips midnight (a daylight-saving jump), the day starts at the first moment that exists; the zone's
    // offset before the jump gives exactly that instant.
    private static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        var offset = zone.IsInvalidTime(midnight) ? zone.GetUtcOffset(midnight.AddDays(-1)) : zone.GetUtcOffset(midnight);
        return new DateTimeOffset(midnight, offset).ToUniversalTime();
    }
}
