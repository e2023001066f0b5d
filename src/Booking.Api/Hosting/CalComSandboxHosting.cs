using System.Net;
using System.Net.Sockets;
using Booking.CalComSandbox;

namespace Booking.Api.Hosting;

/// <summary>
/// Decides whether bookings go to the real Cal.com or to the built-in sandbox, and hosts the sandbox when they go
/// there. The sandbox is the default only in Development, so a production deployment can never silently make fake
/// bookings. The sandbox listens on a loopback port, so the gateway still goes through its real HTTP pipeline.
/// </summary>
public static class CalComSandboxHosting
{
    public const string SandboxMode = "Sandbox";
    public const string LiveMode = "Live";

    public static void AddSandboxWhenSandboxMode(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration["CalCom:Mode"];
        var mode = string.IsNullOrWhiteSpace(configured)
            ? builder.Environment.IsDevelopment() ? SandboxMode : LiveMode
            : configured.Trim();
        builder.Configuration["CalCom:Mode"] = mode;

        if (!string.Equals(mode, SandboxMode, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        // The gateway's base address is configuration, read before anything starts, so the port is fixed here.
        var address = WithConcretePort(new Uri(builder.Configuration["Sandbox:Urls"] ?? "http://127.0.0.1:0"));
        var options = new SandboxOptions
        {
            Urls = address.ToString().TrimEnd('/'),
            RateLimitPerWindow = builder.Configuration.GetValue("Sandbox:RateLimitPerWindow", 120),
            SeedFile = builder.Configuration["Sandbox:SeedFile"],
        };
        builder.Configuration["CalCom:BaseUrl"] = new Uri(address, "v2/").ToString();
        builder.Configuration["CalCom:ApiKey"] = options.ApiKey;

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<SandboxHostedService>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SandboxHostedService>());
    }

    private static Uri WithConcretePort(Uri address)
    {
        if (address.Port != 0)
        {
            return address;
        }

        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new UriBuilder(address) { Port = ((IPEndPoint)listener.LocalEndpoint).Port }.Uri;
    }
}
