using System.Buffers;

namespace Booking.Domain.Common;

/// <summary>
/// Characters that make text read differently from what it shows: control characters (NUL, escape sequences, line
/// breaks where none belong, the C1 range) and the Unicode line and paragraph separators and bidirectional controls
/// (U+202A–U+202E, U+2066–U+2069) that break or reorder a line on screen. Inputs refuse them; logs escape them.
/// </summary>
public static class TextRules
{
    private static readonly SearchValues<char> Hidden = SearchValues.Create(HiddenCharacters(allowLineBreaks: false));
    private static readonly SearchValues<char> HiddenExceptLineBreaks = SearchValues.Create(HiddenCharacters(allowLineBreaks: true));

    /// <summary>True for a character that <see cref="HasHiddenCharacters(string?)"/> refuses.</summary>
    public static bool IsHidden(char character) => Hidden.Contains(character);

    /// <summary>The index of the first hidden character in <paramref name="text"/>, or -1.</summary>
    public static int IndexOfHidden(ReadOnlySpan<char> text) => text.IndexOfAny(Hidden);

    public static bool HasHiddenCharacters(string? text) => text is not null && text.AsSpan().IndexOfAny(Hidden) >= 0;

    /// <summary>As <see cref="HasHiddenCharacters(string?)"/>, but tab, line feed and carriage return pass: free text such as notes has lines.</summary>
    public static bool HasHiddenCharacters(string? text, bool allowLineBreaks) =>
        text is not null && text.AsSpan().IndexOfAny(allowLineBreaks ? HiddenExceptLineBreaks : Hidden) >= 0;

    public static string HiddenCharactersMessage(string field) =>
        $"{field} must not contain control characters (such as NUL or escape), line or paragraph separators, or "
        + "bidirectional overrides (U+202A–U+202E, U+2066–U+2069).";

    private static string HiddenCharacters(bool allowLineBreaks)
    {
        var characters = new List<char>();
        for (var c = '\0'; c <= '\u009F'; c++)
        {
            if (char.IsControl(c) && !(allowLineBreaks && c is '\t' or '\n' or '\r'))
            {
                characters.Add(c);
            }
        }

        characters.AddRange(['\u2028', '\u2029', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']);
        return new string([.. characters]);
    }
}
