using Serilog.Core;
using Serilog.Events;

namespace Booking.Api.FunctionalTests.Infrastructure;

/// <summary>Keeps every Serilog event the API writes; register it as an <see cref="ILogEventSink"/> service.</summary>
public sealed class CapturingLogSink : ILogEventSink
{
    private readonly Lock sync = new();
    private readonly List<LogEvent> events = [];

    public void Emit(LogEvent logEvent)
    {
        lock (sync)
        {
            events.Add(logEvent);
        }
    }

    public IReadOnlyList<LogEvent> Events
    {
        get
        {
            lock (sync)
            {
                return events.ToList();
            }
        }
    }
}
