using System.Globalization;
using System.Text.RegularExpressions;

namespace Booking.CalComSandbox.Validation;

internal static partial class CalComFormats
{
    public static readonly IReadOnlySet<string> Languages = new HashSet<string>(StringComparer.Ordinal)
    {
        "ar", "ca", "de", "es", "eu", "he", "id", "ja", "lv", "pl", "ro", "sr", "th", "vi", "az", "cs", "el", "es-419",
        "fi", "hr", "it", "km", "nl", "pt", "ru", "sv", "tr", "zh-CN", "bg", "da", "en", "et", "fr", "hu", "iw", "ko",
        "no", "pt-BR", "sk", "ta", "uk", "zh-TW", "bn",
    };

    /// <summary>Parses an ISO-8601 date or date-time; a value without an offset is read as UTC, as Cal.com does.</summary>
    public static bool TryParseIsoInstant(string? value, out DateTimeOffset instant)
    {
        instant = default;
        return value is not null
            && IsoInstant().IsMatch(value)
            && DateTimeOffset.TryParse(
                value,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
                out instant);
    }

    public static bool IsDateOnly(string value) => value.Length == 10;

    public static bool IsEmail(string? value) => value is not null && Email().IsMatch(value);

    public static bool IsPhoneNumber(string? value) => value is not null && PhoneNumber().IsMatch(value);

    public static bool IsIanaTimeZone(string? value) =>
        value is not null && TimeZoneInfo.TryFindSystemTimeZoneById(value, out var zone) && zone.HasIanaId;

    public static bool IsUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)?)?$")]
    private static partial Regex IsoInstant();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();

    [GeneratedRegex(@"^\+[1-9]\d{6,14}$")]
    private static partial Regex PhoneNumber();
}
