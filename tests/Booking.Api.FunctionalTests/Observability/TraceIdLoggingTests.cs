using System.Diagnostics;
using Booking.Api.FunctionalTests.Infrastructure;
using Booking.Api.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Booking.Api.FunctionalTests.Observability;

/// <summary>Log lines written inside a trace name it, so logs and traces lead to each other.</summary>
public sealed class TraceIdLoggingTests
{
    private const string TraceId = "0af7651916cd43dd8448eb211c80319c";

    private static BookingApiFactory StartLogging(CapturingLogSink sink) => new(
        new Dictionary<string, string?> { ["LOG_LEVEL"] = "info" },
        services => services.AddSingleton<ILogEventSink>(sink));

    private static string? Text(LogEvent logEvent, string property) =>
        logEvent.Properties.TryGetValue(property, out var value) && value is ScalarValue { Value: string text } ? text : null;

    [Test]
    public async Task RequestLogLine_CarriesTheTraceIdOfTheIncomingTraceparent()
    {
        var sink = new CapturingLogSink();
        await using var factory = StartLogging(sink);
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, Requests.ReservePath) { Content = Requests.Json(Requests.ValidBody()) };
        request.Headers.Add("traceparent", $"00-{TraceId}-b7ad6b7169203331-01");
        request.Headers.Add("x-correlation-id", "trace-test-1");

        using var response = await client.SendAsync(request);

        await WaitForRequestLogLineAsync(sink, "/api/slots/reserve");
        var lines = sink.Events.Where(e => Text(e, "CorrelationId") == "trace-test-1").ToList();
        Assert.That(lines.Select(e => e.MessageTemplate.Text), Has.Some.StartsWith("HTTP {RequestMethod}"));
        Assert.That(lines.Select(e => Text(e, ActivityTraceEnricher.TraceIdProperty)), Has.All.EqualTo(TraceId));
    }

    [Test]
    public async Task HealthProbes_WriteNoRequestLogLine_OtherRequestsDo()
    {
        var sink = new CapturingLogSink();
        await using var factory = StartLogging(sink);
        using var client = factory.CreateClient();

        using (await client.GetAsync("/health/live"))
        using (await client.GetAsync("/health/ready"))
        using (await client.GetAsync("/api/nothing-here"))
        {
            var paths = await WaitForRequestLogLineAsync(sink, "/api/nothing-here");
            Assert.That(paths, Is.EqualTo(new[] { "/api/nothing-here" }));
        }
    }

    [Test]
    public async Task RequestLogLines_GoToThisHostsLogger_WhateverTheStaticLoggerIs()
    {
        var sink = new CapturingLogSink();
        await using var factory = StartLogging(sink);
        using var client = factory.CreateClient();
        var staticLogger = Log.Logger;
        try
        {
            // What another host in the same process does when it stops (Log.CloseAndFlush) or starts.
            Log.Logger = Serilog.Core.Logger.None;

            using (await client.GetAsync("/api/nothing-here"))
            {
                Assert.That(await WaitForRequestLogLineAsync(sink, "/api/nothing-here"), Is.EqualTo(new[] { "/api/nothing-here" }));
            }
        }
        finally
        {
            Log.Logger = staticLogger;
        }
    }

    /// <summary>
    /// The request log line is written just after the response goes out, so it may trail the client a little.
    /// Returns the paths of every request log line once the expected one is there.
    /// </summary>
    private static async Task<List<string?>> WaitForRequestLogLineAsync(CapturingLogSink sink, string expectedPath)
    {
        List<string?> paths = [];
        for (var attempt = 0; attempt < 200 && !paths.Contains(expectedPath); attempt++)
        {
            await Task.Delay(10);
            paths = sink.Events.Where(e => e.MessageTemplate.Text.StartsWith("HTTP {RequestMethod}", StringComparison.Ordinal))
                .Select(e => Text(e, "RequestPath")).ToList();
        }

        return paths;
    }

    [Test]
    public void LoggingSetup_AddsTheCurrentTraceAndSpan_AndNothingOutsideATrace()
    {
        var sink = new CapturingLogSink();
        var configuration = new ConfigurationBuilder().Build();
        using var logger = LoggingSetup.Configure(new LoggerConfiguration(), configuration).WriteTo.Sink(sink).CreateLogger();

        logger.Information("outside");
        using (var activity = new Activity("test").SetIdFormat(ActivityIdFormat.W3C).Start())
        {
            logger.Information("inside");
            var inside = sink.Events[1];
            Assert.That(Text(inside, ActivityTraceEnricher.TraceIdProperty), Is.EqualTo(activity.TraceId.ToHexString()));
            Assert.That(Text(inside, ActivityTraceEnricher.SpanIdProperty), Is.EqualTo(activity.SpanId.ToHexString()));
        }

        Assert.That(sink.Events[0].Properties.ContainsKey(ActivityTraceEnricher.TraceIdProperty), Is.False);
    }
}
