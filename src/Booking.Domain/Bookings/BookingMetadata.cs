using Booking.Domain.Common;

namespace Booking.Domain.Bookings;

/// <summary>
/// Free-form information a client attaches to a booking, within Cal.com's limits: at most 50 keys of at most 40
/// characters, values of at most 500 characters. Values are text, because Cal.com's booking core stores them as text
/// (docs/calcom.md#metadata). <c>location</c> and <c>notes</c> also have a meaning of their own (ADR 6).
/// </summary>
public sealed record BookingMetadata
{
    public const string Field = "metadata";
    public const int MaxKeys = 50;
    public const int MaxKeyLength = 40;
    public const int MaxValueLength = 500;

    /// <summary>Free-text meeting location; also sent as an attendee-defined location when the event type takes one.</summary>
    public const string LocationKey = "location";

    /// <summary>Notes for the host; sent as the booking's notes.</summary>
    public const string NotesKey = "notes";

    public static readonly BookingMetadata None = new(new Dictionary<string, string>());

    private BookingMetadata(IReadOnlyDictionary<string, string> values) => Values = values;

    public IReadOnlyDictionary<string, string> Values { get; }

    public string? Location => Values.GetValueOrDefault(LocationKey);

    public string? Notes => Values.GetValueOrDefault(NotesKey);

    /// <summary>
    /// Reads a client's metadata. A null value stands for one that is not text, a number or a boolean (the HTTP edge
    /// writes numbers and booleans as their canonical text before this).
    /// </summary>
    public static Parsed<BookingMetadata> Parse(IReadOnlyCollection<KeyValuePair<string, string?>>? entries)
    {
        if (entries is null || entries.Count == 0)
        {
            return None;
        }

        var errors = new List<FieldError>();
        if (entries.Count > MaxKeys)
        {
            errors.Add(new FieldError(Field, $"{Field} must have at most {MaxKeys} keys."));
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            if (key.Length is 0 or > MaxKeyLength)
            {
                errors.Add(new FieldError(Field, $"{Field} key '{Shorten(key)}' must be 1 to {MaxKeyLength} characters."));
            }
            else if (TextRules.HasHiddenCharacters(key))
            {
                errors.Add(new FieldError(Field, TextRules.HiddenCharactersMessage($"{Field} keys")));
            }
            else if (TextRules.HasHiddenCharacters(value, allowLineBreaks: true))
            {
                errors.Add(new FieldError($"{Field}.{key}", TextRules.HiddenCharactersExceptLineBreaksMessage($"{Field}.{key}")));
            }
            else if (value is null || value.Length > MaxValueLength)
            {
                errors.Add(new FieldError($"{Field}.{key}",
                    $"{Field}.{key} must be a string of at most {MaxValueLength} characters, a number a 64-bit float can hold "
                    + "(1e309 is too large), or a boolean."));
            }
            else
            {
                values[key] = value;
            }
        }

        return errors.Count == 0 ? new BookingMetadata(values) : Parsed<BookingMetadata>.Invalid(errors);
    }

    private static string Shorten(string key) => key.Length <= MaxKeyLength ? key : key[..MaxKeyLength] + "…";
}
