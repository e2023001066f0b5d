using System.Globalization;
using System.Text;
using Booking.Domain.Common;

namespace Booking.Api.Logging;

/// <summary>
/// Makes text safe to write into a log line: every character <see cref="TextRules.IsHidden"/> names (CR, LF, ESC, the
/// other C0 and C1 controls, line and paragraph separators, bidirectional overrides) becomes a visible escape such as
/// <c>\r</c>, <c>\n</c> or <c>\u001B</c>. A request path, a header or a message Cal.com sent can then neither start a
/// forged log line nor drive the terminal that shows the log.
/// </summary>
public static class LogEscaping
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = TextRules.IndexOfHidden(text);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        foreach (var character in text.AsSpan(first))
        {
            if (!TextRules.IsHidden(character))
            {
                escaped.Append(character);
                continue;
            }

            escaped.Append(character switch
            {
                '\r' => @"\r",
                '\n' => @"\n",
                '\t' => @"\t",
                _ => @"\u" + ((int)character).ToString("X4", CultureInfo.InvariantCulture),
            });
        }

        return escaped.ToString();
    }

    /// <summary>
    /// <paramref name="exception"/> laid out as <see cref="Exception.ToString"/> does, one stack frame per line, but with
    /// its messages escaped: a message may quote what a client sent, and must not add lines of its own.
    /// </summary>
    public static string ExceptionText(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var text = exception.ToString();
        foreach (var message in MessagesOf(exception).Where(TextRules.HasHiddenCharacters).Distinct().OrderByDescending(m => m.Length))
        {
            text = text.Replace(message, Escape(message), StringComparison.Ordinal);
        }

        // Anything hidden that is left (the frames come from the runtime) is escaped within its line.
        return string.Join(Environment.NewLine, text.Split('\n').Select(line => Escape(line.TrimEnd('\r'))));
    }

    private static IEnumerable<string> MessagesOf(Exception exception)
    {
        yield return exception.Message;
        var inner = exception is AggregateException aggregate ? aggregate.InnerExceptions : (IEnumerable<Exception>)[exception.InnerException!];
        foreach (var child in inner.Where(child => child is not null))
        {
            foreach (var message in MessagesOf(child))
            {
                yield return message;
            }
        }
    }
}
