using System.Globalization;
using Booking.Domain.Common;

namespace Booking.Domain.Bookings;

/// <summary>A span of time in UTC whose end is after its start.</summary>
public sealed record TimeSlot
{
    public DateTimeOffset Start { get; }

    public DateTimeOffset End { get; }

    public TimeSpan Duration => End - Start;

    private TimeSlot(DateTimeOffset start, DateTimeOffset end)
    {
        Start = start;
        End = end;
    }

    public static TimeSlot Create(DateTimeOffset start, DateTimeOffset end) =>
        end > start
            ? new TimeSlot(start.ToUniversalTime(), end.ToUniversalTime())
            : throw new DomainException("end", "End must be after start.");

    /// <summary>
    /// Parses an ISO-8601 date and time that states its offset (<c>Z</c> or <c>±hh:mm</c>). A time without one is
    /// rejected rather than guessed, because the same digits mean different instants in different zones.
    /// </summary>
    public static bool TryParseInstant(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text) || !HasExplicitOffset(text))
        {
            return false;
        }

        return DateTimeOffset.TryParseExact(text, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }

    public bool StartsAfter(DateTimeOffset instant) => Start > instant;

    private static bool HasExplicitOffset(string text)
    {
        if (text.EndsWith('Z') || text.EndsWith('z'))
        {
            return true;
        }

        // An offset is "+hh:mm" or "-hh:mm" after the time part.
        var timeStart = text.IndexOf('T', StringComparison.OrdinalIgnoreCase);
        return timeStart > 0 && text.AsSpan(timeStart).IndexOfAny('+', '-') > 0;
    }

    // Tried in order, each a full parse: the form clients and Cal.com send (with milliseconds) comes first.
    private static readonly string[] InstantFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mmK",
    ];
}
