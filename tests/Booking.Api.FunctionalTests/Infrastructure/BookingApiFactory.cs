using Booking.Api.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Booking.Api.FunctionalTests.Infrastructure;

/// <summary>
/// The real API in the Development environment, so it hosts its own Cal.com sandbox on a loopback port and the
/// gateway talks to it over real HTTP. <paramref name="settings"/> override configuration (e.g. Live mode);
/// <paramref name="replaceServices"/> swaps services for the few tests that need a broken part.
/// </summary>
public sealed class BookingApiFactory(
    IReadOnlyDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? replaceServices = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("LOG_LEVEL", "warning");
        builder.UseSetting("Sandbox:RateLimitPerWindow", "100000");
        builder.UseSetting("CalCom:UpstreamBudget:PermitsPerMinute", "100000");
        builder.UseSetting("Sandbox:Urls", "http://127.0.0.1:0");
        builder.UseSetting("InboundRateLimit:PermitsPerMinute", "100000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (replaceServices is not null)
        {
            builder.ConfigureTestServices(replaceServices);
        }
    }

    /// <summary>The sandbox the API books on (only in sandbox mode).</summary>
    public SandboxClient Sandbox
    {
        get
        {
            var server = Services.GetRequiredService<SandboxHostedService>().Server;
            return new SandboxClient(server.BaseAddress);
        }
    }
}
