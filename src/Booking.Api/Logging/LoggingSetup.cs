using Serilog;
using Serilog.Events;
using Serilog.Formatting;

namespace Booking.Api.Logging;

/// <summary>
/// <c>LOG_LEVEL</c> (debug, info, warning, error; any case) sets the level; <c>LOG_FORMAT=json</c> writes compact JSON
/// for log collectors. Framework chatter stays at Warning so that a request costs one line. Lines written inside a
/// trace carry its <c>TraceId</c> and <c>SpanId</c>. Every value that reaches a sink is escaped first
/// (<see cref="LogEscapingEnricher"/>), and both console formats escape the whole line, so no input can forge a line.
/// </summary>
public static class LoggingSetup
{
    private const string TextTemplate =
        "[{Timestamp:HH:mm:ss.fff} {Level:u3}] {CorrelationId} {TraceId} {SourceContext}: {Message:lj}";

    public static LoggerConfiguration Configure(LoggerConfiguration logger, IConfiguration configuration)
    {
        var level = ParseLevel(configuration["LOG_LEVEL"]);
        var frameworkLevel = level > LogEventLevel.Warning ? level : LogEventLevel.Warning;

        logger
            .MinimumLevel.Is(level)
            .MinimumLevel.Override("Microsoft", frameworkLevel)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", level > LogEventLevel.Information ? level : LogEventLevel.Information)
            .MinimumLevel.Override("System", frameworkLevel)
            .MinimumLevel.Override("Polly", frameworkLevel)
            .Enrich.FromLogContext()
            .Enrich.With<ActivityTraceEnricher>()
            .Enrich.With<LogEscapingEnricher>();

        return logger.WriteTo.Console(ConsoleFormatter(configuration));
    }

    /// <summary>The console format <c>LOG_FORMAT</c> asks for: <c>json</c>, else one line of text per event.</summary>
    public static ITextFormatter ConsoleFormatter(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return string.Equals(configuration["LOG_FORMAT"], "json", StringComparison.OrdinalIgnoreCase)
            ? new EscapedJsonFormatter()
            : new EscapedTextFormatter(TextTemplate, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static LogEventLevel ParseLevel(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "trace" or "verbose" => LogEventLevel.Verbose,
        "debug" => LogEventLevel.Debug,
        "warn" or "warning" => LogEventLevel.Warning,
        "error" => LogEventLevel.Error,
        "fatal" or "critical" => LogEventLevel.Fatal,
        _ => LogEventLevel.Information,
    };
}
