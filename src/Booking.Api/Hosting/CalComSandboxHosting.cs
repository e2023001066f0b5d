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
        // StartupConfigurationCheck has refused anything else before this runs.
        var mode = ModeFor(builder.Configuration, builder.Environment)
            ?? throw new InvalidOperationException("CalCom__Mode must be Sandbox or Live.");
        builder.Configuration["CalCom:Mode"] = mode;

        if (mode != SandboxMode)
        {
            return;
        }

        // The gateway's base address is configuration, read before anything starts, so the port is fixed here.
        var address = WithConcretePort(SandboxAddress(builder.Configuration)
            ?? throw new InvalidOperationException("Sandbox__Urls must be one http URL on a loopback address."));
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

    /// <summary>
    /// The mode <c>CalCom__Mode</c> names (<see cref="SandboxMode"/> or <see cref="LiveMode"/>, any case), the
    /// environment's default when it is unset, or null when it names neither.
    /// </summary>
    public static string? ModeFor(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = configuration["CalCom:Mode"]?.Trim();
        if (string.IsNullOrEmpty(configured))
        {
            return environment.IsDevelopment() ? SandboxMode : LiveMode;
        }

        return new[] { SandboxMode, LiveMode }.FirstOrDefault(mode => string.Equals(mode, configured, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Where the in-process sandbox listens: <c>Sandbox__Urls</c>, one http URL on a loopback address (port 0: any free
    /// one), as only this process talks to it; by default a free loopback port. Null when the setting is anything else.
    /// </summary>
    public static Uri? SandboxAddress(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration["Sandbox:Urls"]?.Trim();
        if (string.IsNullOrEmpty(configured))
        {
            return new Uri("http://127.0.0.1:0");
        }

        return Uri.TryCreate(configured, UriKind.Absolute, out var address)
            && address.Scheme == Uri.UriSchemeHttp
            && address.IsLoopback
            && address.AbsolutePath == "/" && address.Query.Length == 0 && address.Fragment.Length == 0
                ? address
                : null;
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
