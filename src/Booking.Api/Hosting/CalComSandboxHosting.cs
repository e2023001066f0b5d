using Booking.CalComSandbox;

namespace Booking.Api.Hosting;

/// <summary>
/// Decides whether bookings go to the real Cal.com or to the built-in sandbox, and starts the sandbox when they go
/// there. The sandbox is the default only in Development, so a production deployment can never silently make fake
/// bookings. The sandbox listens on a loopback port, so the gateway still goes through its real HTTP pipeline.
/// </summary>
public static class CalComSandboxHosting
{
    public const string SandboxMode = "Sandbox";
    public const string LiveMode = "Live";

    public static async Task<CalComSandboxServer?> StartIfSandboxModeAsync(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration["CalCom:Mode"];
        var mode = string.IsNullOrWhiteSpace(configured)
            ? builder.Environment.IsDevelopment() ? SandboxMode : LiveMode
            : configured.Trim();
        builder.Configuration["CalCom:Mode"] = mode;

        if (!string.Equals(mode, SandboxMode, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var sandbox = await CalComSandboxServer.StartAsync(new SandboxOptions
        {
            Urls = builder.Configuration["Sandbox:Urls"] ?? "http://127.0.0.1:0",
            RateLimitPerWindow = builder.Configuration.GetValue("Sandbox:RateLimitPerWindow", 120),
            SeedFile = builder.Configuration["Sandbox:SeedFile"],
        });
        builder.Configuration["CalCom:BaseUrl"] = sandbox.V2BaseAddress.ToString();
        builder.Configuration["CalCom:ApiKey"] = sandbox.ApiKey;
        builder.Services.AddSingleton(sandbox);
        return sandbox;
    }
}
