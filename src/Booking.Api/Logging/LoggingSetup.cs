using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Booking.Api.Logging;

/// <summary>
/// <c>LOG_LEVEL</c> (debug, info, warning, error; any case) sets the level; <c>LOG_FORMAT=json</c> writes compact JSON
/// for log collectors. Framework chatter stays at Warning so that a request costs one line. Lines written inside a
/// trace carry its <c>TraceId</c> and <c>SpanId</c>.
/// </summary>
public static class LoggingSetup
{
    private const string TextTemplate =
        "[{Timestamp:HH:mm:ss.fff} {Level:u3}] {CorrelationId} {TraceId} {SourceContext}: {Message:lj}{NewLine}{Exception}";

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
            .Enrich.With<ActivityTraceEnricher>();

        return string.Equals(configuration["LOG_FORMAT"], "json", StringComparison.OrdinalIgnoreCase)
            ? logger.WriteTo.Console(new CompactJsonFormatter())
            : logger.WriteTo.Console(outputTemplate: TextTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
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
