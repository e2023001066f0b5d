using Booking.Api.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Booking.Api.Observability;

/// <summary>
/// OpenTelemetry traces and metrics: incoming requests (probes left out), outgoing calls (Cal.com) and the booking
/// outcomes of <see cref="BookingMetrics"/>. They are always collected, so every log line has a trace id and Cal.com
/// receives <c>traceparent</c>; they leave the process over OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set
/// (the other standard <c>OTEL_*</c> variables, e.g. <c>OTEL_EXPORTER_OTLP_PROTOCOL</c>, apply then).
/// </summary>
public static class TelemetryHosting
{
    public const string DefaultServiceName = "booking-api";
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ServiceNameSetting = "OTEL_SERVICE_NAME";

    public static WebApplicationBuilder AddBookingTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.Services.AddSingleton<BookingMetrics>();
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration[ServiceNameSetting] ?? DefaultServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => !HealthCheckHosting.IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(BookingMetrics.MeterName));

        if (ExportsOverOtlp(builder.Configuration))
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    public static bool ExportsOverOtlp(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[OtlpEndpointSetting]);
}
