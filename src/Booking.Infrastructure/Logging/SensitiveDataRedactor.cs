using System.Text.RegularExpressions;

namespace Booking.Infrastructure.Logging;

/// <summary>
/// Removes personal data and secrets from text bound for logs or exception messages: emails are masked
/// (<c>j***@e***.com</c>), phone numbers, attendee names and Cal.com keys are replaced. Works on JSON bodies
/// (including System.Text.Json's <c>\u002B</c>-style escapes), query strings and plain messages.
/// </summary>
internal static partial class SensitiveDataRedactor
{
    public const string RedactedEmail = "[redacted-email]";
    public const string RedactedPhone = "[redacted-phone]";
    public const string RedactedName = "[redacted-name]";
    public const string RedactedKey = "[redacted-key]";
    public const string Withheld = "[withheld: redaction timed out]";

    private const int MatchTimeoutMilliseconds = 250;

    // Shorter "names" (initials) would blank out unrelated text.
    private const int MinimumNameLength = 3;

    public static string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        try
        {
            var names = new List<string>();
            var redacted = SensitiveJsonValue().Replace(text, match => ReplaceJsonValue(match, names));
            redacted = RedactRepeatedNames(redacted, names);
            redacted = SensitiveQueryValue().Replace(redacted, ReplaceQueryValue);
            redacted = CalComKey().Replace(redacted, RedactedKey);
            redacted = Email().Replace(redacted, MaskEmail);
            return InternationalPhoneNumber().Replace(redacted, RedactedPhone);
        }
        catch (RegexMatchTimeoutException)
        {
            // Never fall back to the original text: a log line without the data beats a leak.
            return Withheld;
        }
    }

    /// <summary>Redacts a path and query, decoding it first so <c>%40</c> and <c>%2B</c> cannot hide an email or phone.</summary>
    public static string RedactUrl(string pathAndQuery) => Redact(Uri.UnescapeDataString(pathAndQuery));

    private static string ReplaceJsonValue(Match match, List<string> names)
    {
        var key = match.Groups["key"].Value;
        if (!IsNameKey(key))
        {
            return $"\"{key}\":\"{RedactedPhone}\"";
        }

        names.Add(match.Groups["value"].Value);
        return $"\"{key}\":\"{RedactedName}\"";
    }

    /// <summary>
    /// Names also turn up inside other values, e.g. Cal.com's booking title "30 Min Meeting between Host and Jane Doe",
    /// so every name found in a name field is removed wherever else it occurs in the same text.
    /// </summary>
    private static string RedactRepeatedNames(string text, List<string> names)
    {
        foreach (var name in names.Where(name => name.Length >= MinimumNameLength).Distinct().OrderByDescending(name => name.Length))
        {
            text = text.Replace(name, RedactedName, StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }

    private static string ReplaceQueryValue(Match match) =>
        match.Groups["key"].Value + "=" + (IsNameKey(match.Groups["key"].Value) ? RedactedName : RedactedPhone);

    private static bool IsNameKey(string key) => key.EndsWith("name", StringComparison.OrdinalIgnoreCase);

    private static string MaskEmail(Match match)
    {
        var local = match.Groups["local"].Value;
        var domain = match.Groups["domain"].Value;
        var lastDot = domain.LastIndexOf('.');
        if (!char.IsLetterOrDigit(local[0]) || !char.IsLetterOrDigit(domain[0]) || lastDot < 1)
        {
            return RedactedEmail;
        }

        return $"{local[0]}***@{domain[0]}***{domain[lastDot..]}";
    }

    // Values of JSON properties that hold a person's name or a phone number, e.g. "phoneNumber":"…".
    [GeneratedRegex(
        @"""(?<key>name|firstName|lastName|fullName|attendeeName|[A-Za-z]*[Pp]hone[A-Za-z]*|smsReminderNumber)""\s*:\s*""(?<value>(?:[^""\\]|\\.)*)""",
        RegexOptions.CultureInvariant, MatchTimeoutMilliseconds)]
    private static partial Regex SensitiveJsonValue();

    // The same in query strings, e.g. ?attendeePhoneNumber=…&attendeeName=…
    [GeneratedRegex(
        """(?<=[?&])(?<key>name|attendeeName|[A-Za-z]*[Pp]hone[A-Za-z]*|smsReminderNumber)=[^&#]*""",
        RegexOptions.CultureInvariant, MatchTimeoutMilliseconds)]
    private static partial Regex SensitiveQueryValue();

    // Cal.com keys look like cal_… (test) or cal_live_… (live).
    [GeneratedRegex("""\bcal_[A-Za-z0-9_]{8,}""", RegexOptions.CultureInvariant, MatchTimeoutMilliseconds)]
    private static partial Regex CalComKey();

    // The local part may carry JSON \uXXXX escapes: System.Text.Json writes '+' as \u002B. It leaves out
    // '/', '?', '=' and '&' (legal but rare) so an email in a query string does not swallow the URL before it.
    [GeneratedRegex(
        """(?<local>(?:[\w.!#$%'*+^`{|}~-]|\\u[0-9A-Fa-f]{4})+)@(?<domain>[\w-]+(?:\.[\w-]+)+)""",
        RegexOptions.CultureInvariant, MatchTimeoutMilliseconds)]
    private static partial Regex Email();

    // International format (what Cal.com requires): a '+' (or its JSON escape) and 7 to 15 digits with
    // light separators. The digit minimum keeps UTC offsets such as +01:00 out.
    [GeneratedRegex(
        """(?<![\w+])(?:\+|\\u002[Bb])\d(?:[ ().-]{0,2}\d){6,14}""",
        RegexOptions.CultureInvariant, MatchTimeoutMilliseconds)]
    private static partial Regex InternationalPhoneNumber();
}
