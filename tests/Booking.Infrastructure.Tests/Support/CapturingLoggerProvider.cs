using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Booking.Infrastructure.Tests.Support;

/// <summary>Keeps every log call in memory, including structured values, so tests can look for leaks.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLogEntry> entries = new();

    public IReadOnlyList<CapturedLogEntry> Entries => [.. entries];

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, entries);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<CapturedLogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            var everything = new StringBuilder(message);
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (_, value) in values)
                {
                    everything.Append(" | ").Append(value);
                }
            }

            everything.Append(" | ").Append(exception);
            entries.Enqueue(new CapturedLogEntry(category, logLevel, message, everything.ToString()));
        }
    }
}
