using System.Buffers;

namespace Booking.Domain.Common;

/// <summary>
/// What text a client may send where Cal.com would take it at face value (ADR 26). Hidden characters make text read
/// differently from what it shows: control characters (NUL, escape sequences, line breaks where none belong, the C1
/// range) and the Unicode line and paragraph separators and bidirectional controls (U+202A–U+202E, U+2066–U+2069)
/// that break or reorder a line on screen; inputs refuse them and logs escape them. An email address is written in the
/// ASCII characters Cal.com's booking form accepts, so a look-alike letter never reaches it.
/// </summary>
public static class TextRules
{
    private const string EmailLocalPunctuation = "._+-'";

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

    /// <summary>The message of <see cref="HasHiddenCharacters(string?, bool)"/> with line breaks allowed.</summary>
    public static string HiddenCharactersExceptLineBreaksMessage(string field) =>
        $"{field} must not contain control characters other than tab and line breaks (such as NUL or escape), line or "
        + "paragraph separators, or bidirectional overrides (U+202A–U+202E, U+2066–U+2069).";

    /// <summary>True when <paramref name="text"/> has only the characters an email address Cal.com accepts is written in.</summary>
    public static bool HasOnlyEmailCharacters(string? text) =>
        text is not null && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '@' || c == '-' || EmailLocalPunctuation.Contains(c, StringComparison.Ordinal));

    public static string EmailCharactersMessage(string field) =>
        $"{field} must be written in ASCII: letters, digits and . _ + - ' before the @, letters, digits, hyphens and dots "
        + "after it. Cal.com accepts no other characters, so look-alike letters (such as a Cyrillic а) are refused.";

    /// <summary>
    /// True for <c>local@domain.tld</c> as Cal.com's booking form accepts it: the local part of ASCII letters, digits and
    /// <c>. _ + - '</c>, neither starting nor ending with a dot nor holding two in a row; the domain of at least two
    /// labels of letters, digits and hyphens that start with a letter or digit, the last of two or more letters.
    /// </summary>
    public static bool IsCalComEmail(string? text)
    {
        var at = text?.IndexOf('@', StringComparison.Ordinal) ?? -1;
        if (text is null || at <= 0 || !HasOnlyEmailCharacters(text) || text.IndexOf('@', at + 1) >= 0)
        {
            return false;
        }

        var local = text[..at];
        var labels = text[(at + 1)..].Split('.');
        return !local.StartsWith('.') && !local.EndsWith('.') && !local.Contains("..", StringComparison.Ordinal)
            && labels.Length >= 2
            && labels.All(label => label.Length > 0 && char.IsAsciiLetterOrDigit(label[0])
                && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            && labels[^1].Length >= 2 && labels[^1].All(char.IsAsciiLetter);
    }

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
