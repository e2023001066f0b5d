using System.Globalization;
using System.Text;
using Booking.Domain.Common;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Compact;

namespace Booking.Api.Logging;

/// <summary>
/// The JSON log format (<c>LOG_FORMAT=json</c>): Serilog's compact JSON, one object per line. JSON already escapes the C0
/// controls; this also escapes, as <c>\uXXXX</c>, what JSON allows raw but terminals and log viewers act on (DEL, the
/// C1 controls, line and paragraph separators, bidirectional overrides).
/// </summary>
public sealed class EscapedJsonFormatter : ITextFormatter
{
    private readonly CompactJsonFormatter json = new();

    public void Format(LogEvent logEvent, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);

        using var buffer = new StringWriter(CultureInfo.InvariantCulture);
        json.Format(logEvent, buffer);
        var line = buffer.ToString().TrimEnd('\r', '\n');
        if (TextRules.IndexOfHidden(line) < 0)
        {
            output.WriteLine(line);
            return;
        }

        // Outside its strings a JSON line holds no such characters, so each one found is inside a string.
        var escaped = new StringBuilder(line.Length + 16);
        foreach (var character in line)
        {
            if (TextRules.IsHidden(character))
            {
                escaped.Append(@"\u").Append(((int)character).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(character);
            }
        }

        output.WriteLine(escaped.ToString());
    }
}
