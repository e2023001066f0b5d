using Booking.Infrastructure.CalCom;

namespace Booking.Api.Hosting;

/// <summary>
/// On SIGTERM the server stops accepting connections and waits for requests in flight. A booking can wait on Cal.com
/// for up to the total timeout, so the host waits that long plus a margin before it gives up on them.
/// </summary>
public static class GracefulShutdown
{
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(5);

    public static TimeSpan TimeoutFor(IConfiguration configuration) =>
        (configuration.GetSection(CalComOptions.SectionName).Get<CalComOptions>()?.TotalTimeout ?? new CalComOptions().TotalTimeout) + Margin;
}
