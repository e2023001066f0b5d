using System.Diagnostics;
using System.Net;
using Booking.Api.FunctionalTests.Infrastructure;
using Booking.Api.Observability;
using Microsoft.Extensions.Configuration;
using OpenTelemetry.Trace;

namespace Booking.Api.FunctionalTests.Observability;

/// <summary>Incoming requests and the Cal.com calls they make form one trace; probes make none.</summary>
public sealed class TracingTests
{
    private static (BookingApiFactory Factory, RecordedSpans Spans) Start()
    {
        var spans = new RecordedSpans();
        var factory = new BookingApiFactory(replaceServices: services =>
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)));
        return (factory, spans);
    }

    [Test]
    public async Task Reserve_IsOneTraceWithTheCalComCallAndTheOutcome()
    {
        var (factory, spans) = Start();
        await using var _ = factory;
        using var client = factory.CreateClient();

        using var response = await client.ReserveAsync(Requests.ValidBody());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var recorded = spans.Snapshot();
        var server = recorded.Single(span => span.Kind == ActivityKind.Server && span.GetTagItem("http.route") as string == "api/slots/reserve");
        var calCom = recorded.Where(span => span.Kind == ActivityKind.Client && span.TraceId == server.TraceId).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(server.GetTagItem(BookingOutcomeFilter.OutcomeTraceTag), Is.EqualTo("confirmed"));
            Assert.That(calCom.Select(span => span.GetTagItem("url.full") as string), Has.Some.EndsWith("/v2/bookings"));
            Assert.That(calCom.Select(span => span.GetTagItem("url.full") as string), Has.Some.Contains("/v2/event-types/3139331"));
        });
    }

    [Test]
    public async Task FailedBooking_CarriesTheErrorCodeOnItsSpan()
    {
        var (factory, spans) = Start();
        await using var _ = factory;
        using var client = factory.CreateClient();

        using var response = await client.ReserveAsync(Requests.ValidBody(eventTypeId: "9999999"));

        var server = spans.Snapshot().Single(span => span.Kind == ActivityKind.Server && span.GetTagItem("http.route") as string == "api/slots/reserve");
        Assert.That(server.GetTagItem(BookingOutcomeFilter.ErrorCodeTraceTag), Is.EqualTo("EVENT_TYPE_NOT_FOUND"));
    }

    // The probe's call to Cal.com happens inside the untraced probe request, so it is left out with it.
    [Test]
    public async Task HealthProbes_AreNotTraced()
    {
        var (factory, spans) = Start();
        await using var _ = factory;
        using var client = factory.CreateClient();

        using (await client.GetAsync("/health/live"))
        using (await client.GetAsync("/health/ready"))
        {
            var probeSpans = spans.Snapshot().Where(span =>
                (span.GetTagItem("url.path") as string)?.StartsWith("/health", StringComparison.Ordinal) == true
                || (span.GetTagItem("url.full") as string)?.EndsWith("/v2/", StringComparison.Ordinal) == true
                || (span.GetTagItem("url.path") as string) == "/v2/");
            Assert.That(probeSpans.Select(span => span.DisplayName), Is.Empty);
        }

        Assert.That((await factory.Sandbox.RequestsAsync()).Select(request => (string?)request["path"]), Does.Contain("/v2/"), "the probe did run");
    }

    [TestCase(null, false)]
    [TestCase("", false)]
    [TestCase("http://127.0.0.1:4318", true)]
    public void Otlp_IsUsedOnlyWhenTheEndpointIsSet(string? endpoint, bool exports)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [TelemetryHosting.OtlpEndpointSetting] = endpoint })
            .Build();

        Assert.That(TelemetryHosting.ExportsOverOtlp(configuration), Is.EqualTo(exports));
    }
}
