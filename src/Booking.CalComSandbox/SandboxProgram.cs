using System.Globalization;

namespace Booking.CalComSandbox;

public static class SandboxProgram
{
    private const string DefaultStandaloneUrls = "http://127.0.0.1:5080";

    public static async Task Main(string[] args)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build();
        var defaults = new SandboxOptions();
        var options = defaults with
        {
            Urls = configuration["urls"] ?? DefaultStandaloneUrls,
            ApiKey = configuration["Sandbox:ApiKey"] ?? defaults.ApiKey,
            RateLimitPerWindow = configuration.GetValue("Sandbox:RateLimitPerWindow", defaults.RateLimitPerWindow),
            RateLimitWindow = TimeSpan.FromSeconds(
                configuration.GetValue("Sandbox:RateLimitWindowSeconds", defaults.RateLimitWindow.TotalSeconds)),
            SeedFile = configuration["Sandbox:SeedFile"],
            WebhookTimeout = TimeSpan.FromSeconds(
                configuration.GetValue("Sandbox:WebhookTimeoutSeconds", defaults.WebhookTimeout.TotalSeconds)),
        };

        await using var server = await CalComSandboxServer.StartAsync(options, ownsConsole: true, CancellationToken.None);
        await Console.Out.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Cal.com sandbox listening on {server.BaseAddress} (API v2 at {server.V2BaseAddress}), API key {server.ApiKey}, rate limit {options.RateLimitPerWindow} per {options.RateLimitWindow.TotalSeconds} s. Press Ctrl+C to stop."));
        await server.WaitForShutdownAsync();
    }
}
