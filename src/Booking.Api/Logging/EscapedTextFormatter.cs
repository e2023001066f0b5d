using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace Booking.Api.Logging;

/// <summary>
/// The text log format: one line per event from <paramref name="lineTemplate"/>, escaped as a whole (a message logged
/// as ready-made text may carry a client's input too), then the exception, if any, with its messages escaped.
/// </summary>
public sealed class EscapedTextFormatter(string lineTemplate, IFormatProvider formatProvider) : ITextFormatter
{
    private readonly MessageTemplateTextFormatter line = new(lineTemplate, formatProvider);

    public void Format(LogEvent logEvent, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        ArgumentNullException.ThrowIfNull(output);

        using var buffer = new StringWriter(formatProvider);
        line.Format(logEvent, buffer);
        output.WriteLine(LogEscaping.Escape(buffer.ToString()));
        if (logEvent.Exception is { } exception)
        {
            output.WriteLine(LogEscaping.ExceptionText(exception));
        }
    }
}
