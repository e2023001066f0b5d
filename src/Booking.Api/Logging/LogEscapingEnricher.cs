using Booking.Domain.Common;
using Serilog.Core;
using Serilog.Events;

namespace Booking.Api.Logging;

/// <summary>
/// Escapes (<see cref="LogEscaping"/>) every text value of a log event before any sink sees it, in whatever format it
/// writes: the request path, values a framework logs, Cal.com's messages. Added last, after the enrichers that add
/// values of their own.
/// </summary>
public sealed class LogEscapingEnricher : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);

        List<LogEventProperty>? escaped = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            var safe = Escape(value);
            if (!ReferenceEquals(safe, value))
            {
                (escaped ??= []).Add(new LogEventProperty(name, safe));
            }
        }

        foreach (var property in escaped ?? [])
        {
            logEvent.AddOrUpdateProperty(property);
        }
    }

    private static LogEventPropertyValue Escape(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string text } when TextRules.HasHiddenCharacters(text) => new ScalarValue(LogEscaping.Escape(text)),
        ScalarValue { Value: { } other } when other is not string and not ValueType && TextRules.HasHiddenCharacters(other.ToString()) =>
            new ScalarValue(LogEscaping.Escape(other.ToString()!)),
        SequenceValue sequence => EscapeAll(sequence.Elements, out var elements) ? new SequenceValue(elements) : value,
        StructureValue structure => EscapeAll(structure.Properties.Select(p => p.Value).ToList(), out var values)
            ? new StructureValue(structure.Properties.Zip(values, (p, v) => new LogEventProperty(p.Name, v)), structure.TypeTag)
            : value,
        DictionaryValue dictionary => EscapeDictionary(dictionary),
        _ => value,
    };

    private static bool EscapeAll(IReadOnlyList<LogEventPropertyValue> values, out List<LogEventPropertyValue> escaped)
    {
        escaped = values.Select(Escape).ToList();
        return escaped.Where((item, index) => !ReferenceEquals(item, values[index])).Any();
    }

    private static LogEventPropertyValue EscapeDictionary(DictionaryValue dictionary)
    {
        var entries = dictionary.Elements.Select(entry => (Key: (ScalarValue)Escape(entry.Key), Value: Escape(entry.Value))).ToList();
        var changed = entries.Zip(dictionary.Elements, (e, original) => !ReferenceEquals(e.Key, original.Key) || !ReferenceEquals(e.Value, original.Value)).Any(c => c);
        return changed ? new DictionaryValue(entries.Select(e => new KeyValuePair<ScalarValue, LogEventPropertyValue>(e.Key, e.Value))) : dictionary;
    }
}
