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

    public DateTimeOffset From { get; }

    public DateTimeOffset To { get; }

    private SlotSearchWindow(DateTimeOffset from, DateTimeOffset to)
    {
        From = from;
        To = to;
    }

    public static SlotSearchWindow Create(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            throw new DomainException("end", "End must be after start.");
        }

        if (to - from > TimeSpan.FromDays(MaxDays))
        {
            throw new DomainException("end", $"The search may span at most {MaxDays} days.");
        }

        return new SlotSearchWindow(from.ToUniversalTime(), to.ToUniversalTime());
    }

    public bool Contains(DateTimeOffset start) => start >= From && start < To;

    /// <summary>
    /// Reads one bound of the window: an ISO-8601 date and time with <c>Z</c> or an offset, or a plain date
    /// (<c>yyyy-MM-dd</c>) in <paramref name="zone"/>. A date as the start means the beginning of that day; as the end it
    /// means the end of that day, so <c>start=2030-09-10&amp;end=2030-09-10</c> is that whole day.
    /// </summary>
    public static bool TryParseBound(string? text, TimeZoneInfo zone, bool isEnd, out DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (TimeSlot.TryParseInstant(text, out instant))
        {
            return true;
        }

        // Days at the very edges of the calendar cannot be shifted by a zone's offset without leaving it.
        if (!DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || date.Year is < 2 or > 9998)
        {
            return false;
        }

        var day = isEnd ? date.AddDays(1) : date;
        instant = StartOfDay(day, zone);
        return true;
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
