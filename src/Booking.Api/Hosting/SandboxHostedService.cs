using Booking.CalComSandbox;

namespace Booking.Api.Hosting;

/// <summary>
/// Runs the Cal.com sandbox inside the API process. It starts in <see cref="StartingAsync"/>, before the API's own
/// server accepts requests, and stops after the API has stopped.
/// </summary>
public sealed class SandboxHostedService(SandboxOptions options, ILogger<SandboxHostedService> logger) : IHostedLifecycleService
{
    private CalComSandboxServer? server;

    /// <summary>The running sandbox; available once the host has started.</summary>
    public CalComSandboxServer Server => server ?? throw new InvalidOperationException("The sandbox has not started.");

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        server = await CalComSandboxServer.StartAsync(options, cancellationToken);
        logger.LogInformation(
            "Sandbox mode: bookings go to the built-in Cal.com sandbox at {SandboxUrl} and are not real. "
            + "To go live set CalCom__Mode=Live and CalCom__ApiKey to your Cal.com API key.", server.BaseAddress);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
