using System.Globalization;
using System.Text.Json;

namespace Booking.Api.Contracts.Bookings;

/// <summary>
/// Cal.com's booking core keeps metadata values as text (docs/calcom.md#metadata), so a client's JSON numbers and
/// booleans are sent as their canonical text: <c>true</c>/<c>false</c>; an integer as its digits (<c>1000</c> for
/// <c>1e3</c>); any other number in its shortest round-trip form (<c>0.5</c>, <c>1.5E+300</c>).
/// </summary>
public static class MetadataValues
{
    // Beyond 2^53 a JSON number is no longer an exact integer in most clients (JavaScript among them).
    private const double LargestExactInteger = 9_007_199_254_740_992d;

    /// <summary>Each value as text, or null where it is none of text, a finite number or a boolean.</summary>
    public static IReadOnlyCollection<KeyValuePair<string, string?>>? AsText(IReadOnlyDictionary<string, JsonElement>? metadata) =>
        metadata?.Select(entry => KeyValuePair.Create(entry.Key, AsText(entry.Value))).ToList();

    private static string? AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => NumberAsText(value.GetRawText()),
        _ => null,
    };

    private static string? NumberAsText(string json)
    {
        if (!double.TryParse(json, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            return null;
        }

        return Math.Abs(number) <= LargestExactInteger && number == Math.Floor(number)
            ? ((long)number).ToString(CultureInfo.InvariantCulture)
            : number.ToString(CultureInfo.InvariantCulture);
    }
}
