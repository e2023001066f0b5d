using System.Globalization;

namespace Booking.Domain.Common;

/// <summary>
/// How this service reads and writes instants. Clients send ISO-8601 with <c>Z</c> or an offset; everything this service
/// writes (its own bodies and what it sends Cal.com) is UTC with milliseconds, the form Cal.com itself uses.
/// </summary>
public static class Iso8601
{
    public const string InstantExample = "2030-01-08T13:00:00.000Z";

    private const string UtcFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
    private const string LocalFormat = "yyyy-MM-dd'T'HH:mm:ss.fffzzz";

    // Tried in order, each a full parse: the form clients and Cal.com send (with milliseconds) comes first.
    private static readonly string[] InstantFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mmK",
    ];

    /// <summary>e.g. <c>2030-01-08T13:00:00.000Z</c>.</summary>
    public static string FormatUtc(DateTimeOffset instant) => instant.UtcDateTime.ToString(UtcFormat, CultureInfo.InvariantCulture);

    /// <summary>The instant with its own offset, e.g. <c>2030-09-10T09:00:00.000-04:00</c>.</summary>
    public static string FormatLocal(DateTimeOffset instant) => instant.ToString(LocalFormat, CultureInfo.InvariantCulture);

    /// <summary>Reads a required instant; the messages name <paramref name="field"/>.</summary>
    public static Parsed<DateTimeOffset> ParseInstant(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Parsed<DateTimeOffset>.Invalid(field, $"{field} is required.");
        }

        return TryParseInstant(text, out var instant)
            ? instant
            : Parsed<DateTimeOffset>.Invalid(field, $"{field} must be an ISO-8601 date and time with Z or an offset, e.g. {InstantExample}.");
    }

    /// <summary>
    /// Parses an ISO-8601 date and time that states its offset (<c>Z</c> or <c>±hh:mm</c>). A time without one is
    /// rejected rather than guessed, because the same digits mean different instants in different zones.
    /// </summary>
    public static bool TryParseInstant(string? text, out DateTimeOffset instant)
    {
        instant = default;
        return !string.IsNullOrWhiteSpace(text)
            && HasExplicitOffset(text)
            && DateTimeOffset.TryParseExact(text, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }

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
}
