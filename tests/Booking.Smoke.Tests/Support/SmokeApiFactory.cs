using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Booking.Smoke.Tests.Support;

/// <summary>The real API in Development, on its in-process Cal.com sandbox.</summary>
public sealed class SmokeApiFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("LOG_LEVEL", "warning");
        builder.UseSetting("Sandbox:Urls", "http://127.0.0.1:0");
    }
}
