using System.Collections.Concurrent;
using Booking.Api.FunctionalTests.Infrastructure;
using Booking.Api.Observability;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Booking.Api.FunctionalTests.Observability;

/// <summary>With <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set, traces and metrics reach an OTLP collector.</summary>
public sealed class OtlpExportTests
{
    [Test]
    public async Task WithAnEndpoint_TracesAndMetricsAreSentToIt()
    {
        var received = new ConcurrentQueue<string>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var collector = builder.Build();
        collector.MapPost("/v1/{signal}", (HttpRequest request) =>
        {
            received.Enqueue(request.Path);
            return Results.Ok();
        });
        await collector.StartAsync();
        var endpoint = collector.Urls.Single();

        await using var factory = new BookingApiFactory(new Dictionary<string, string?>
        {
            [TelemetryHosting.OtlpEndpointSetting] = endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        });
        using var client = factory.CreateClient();
        using var response = await client.ReserveAsync(Requests.ValidBody());

        // Export is batched; flushing sends what has been collected now rather than on the exporters' schedule. The
        // request's server span ends just after the client has its answer, so flush until both signals have arrived.
        for (var attempt = 0; attempt < 50 && !(received.Contains("/v1/traces") && received.Contains("/v1/metrics")); attempt++)
        {
            // A flush that overlaps a scheduled export may report false; what counts is what the collector receives.
            factory.Services.GetRequiredService<TracerProvider>().ForceFlush(timeoutMilliseconds: 5_000);
            factory.Services.GetRequiredService<MeterProvider>().ForceFlush(timeoutMilliseconds: 5_000);
            await Task.Delay(100);
        }

        var paths = received.ToArray();
        Assert.That(paths, Does.Contain("/v1/traces").And.Contain("/v1/metrics"));
    }
}
