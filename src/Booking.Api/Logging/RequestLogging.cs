using Booking.Api.Hosting;
using Booking.Api.Security;
using Serilog;
using Serilog.Events;

namespace Booking.Api.Logging;

/// <summary>
/// One log line per request; health probes, which arrive every few seconds, only at Verbose, and so are failed API keys,
/// which <see cref="FailedAuthenticationThrottle"/> logs in aggregate.
/// </summary>
public static class RequestLogging
{
    public static IApplicationBuilder UseBookingRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            // This host's own logger, not the static Log.Logger the middleware falls back to: another host in the
            // process (tests start many) replaces or closes that one, and the request lines would go with it.
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.GetLevel = (context, _, exception) => LevelFor(context, exception);
        });

    public static LogEventLevel LevelFor(HttpContext context, Exception? exception)
    {
        ArgumentNullException.ThrowIfNull(context);

        // A failing readiness probe is reported by its check, once per probe of Cal.com, not on every request.
        if (exception is null && (HealthCheckHosting.IsProbe(context.Request.Path) || FailedAuthenticationThrottle.IsLoggedInAggregate(context)))
        {
            return LogEventLevel.Verbose;
        }

        return exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError
            ? LogEventLevel.Error
            : LogEventLevel.Information;
    }
}
