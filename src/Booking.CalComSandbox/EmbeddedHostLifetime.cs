namespace Booking.CalComSandbox;

/// <summary>Leaves Ctrl+C and process exit to the hosting process when the sandbox runs inside it.</summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
