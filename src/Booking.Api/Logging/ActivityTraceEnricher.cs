using System.Diagnostics;
using Serilog.Core;
using Serilog.Events;

namespace Booking.Api.Logging;

/// <summary>
/// Adds <c>TraceId</c> and <c>SpanId</c> of the current trace to every log event written inside one, so a log line
/// leads to its trace in the tracing backend (and back).
/// </summary>
public sealed class ActivityTraceEnricher : ILogEventEnricher
{
    public const string TraceIdProperty = "TraceId";
    public const string SpanIdProperty = "SpanId";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        ArgumentNullException.ThrowIfNull(propertyFactory);

        if (Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity)
        {
            logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty(TraceIdProperty, activity.TraceId.ToHexString()));
            logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty(SpanIdProperty, activity.SpanId.ToHexString()));
        }
    }
}
