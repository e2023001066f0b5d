using Booking.Api.FunctionalTests.Infrastructure;
using Booking.Api.Logging;
using Booking.Domain.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Booking.Api.FunctionalTests.Observability;

/// <summary>Nothing a client sends can start a log line of its own or drive the terminal, in either log format.</summary>
public sealed class LogEscapingTests
{
    /// <summary>A request path that, written raw, ends the request line and forges an error line in red.</summary>
    public const string ForgingPath = "/api/bookings/x%0d%0a[14:00:00.000%20ERR]%20FORGED%1b[31m%e2%80%a8%c2%85%e2%80%ae";

    private const string Forged = "x\r\n[14:00:00.000 ERR] FORGED\u001b[31m\u2028\u0085\u202e";

    [Test]
    public async Task RequestLogLine_EscapesControlCharactersInThePath()
    {
        var sink = new CapturingLogSink();
        await using var factory = new BookingApiFactory(
            new Dictionary<string, string?> { ["LOG_LEVEL"] = "info" },
            services => services.AddSingleton<ILogEventSink>(sink));
        using var client = factory.CreateClient();

        using (await client.GetAsync(ForgingPath))
        {
        }

        var path = await RequestPathLoggedAsync(sink);
        Assert.That(path, Is.EqualTo(@"/api/bookings/x\r\n[14:00:00.000 ERR] FORGED\u001B[31m\u2028\u0085\u202E"));
    }

    [TestCase("text")]
    [TestCase("json")]
    public void ConsoleFormat_KeepsAnEventOnOneLineWhateverItsValuesAndTemplate(string format)
    {
        var output = Render(format, logger => logger.Information("Said {Said} and " + Forged, Forged));

        Assert.That(output.EndsWith(Environment.NewLine, StringComparison.Ordinal), Is.True, output);
        var line = output[..^Environment.NewLine.Length];
        Assert.That(line.Where(TextRules.IsHidden), Is.Empty, line);
        Assert.That(line, Does.Contain(@"\u001B[31m"), "the escape is shown, not dropped");
    }

    [TestCase("text")]
    [TestCase("json")]
    public void ConsoleFormat_EscapesAForgedLineInAnExceptionMessage(string format)
    {
        var output = Render(format, logger => logger.Error(new InvalidOperationException("bad input " + Forged), "Unhandled"));

        var lines = output.TrimEnd('\n').Split('\n');
        Assert.That(lines, Has.None.Contains("\u001b").And.None.StartsWith("[14:00:00.000 ERR]"), output);
        Assert.That(lines.SelectMany(l => l).Where(c => TextRules.IsHidden(c) && c != '\n'), Is.Empty, output);
        Assert.That(output, Does.Contain("bad input x").And.Contain("FORGED"));
    }

    private static string Render(string format, Action<Serilog.ILogger> log)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["LOG_FORMAT"] = format }).Build();
        var formatter = LoggingSetup.ConsoleFormatter(configuration);
        var events = new CapturingLogSink();
        using (var logger = new LoggerConfiguration().Enrich.With<LogEscapingEnricher>().WriteTo.Sink(events).CreateLogger())
        {
            log(logger);
        }

        using var output = new StringWriter();
        formatter.Format(events.Events.Single(), output);
        return output.ToString();
    }

    private static async Task<string?> RequestPathLoggedAsync(CapturingLogSink sink)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var line = sink.Events.FirstOrDefault(e => e.MessageTemplate.Text.StartsWith("HTTP {RequestMethod}", StringComparison.Ordinal));
            if (line is not null)
            {
                return line.Properties["RequestPath"] is ScalarValue { Value: string path } ? path : null;
            }

            await Task.Delay(10);
        }

        return null;
    }
}
