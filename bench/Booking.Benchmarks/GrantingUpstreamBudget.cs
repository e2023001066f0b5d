using Booking.Infrastructure.CalCom.Budget;

namespace Booking.Benchmarks;

/// <summary>
/// Grants every call, as the real budget does below its limit, but keeps no 60-second log: at benchmark rates any real
/// limit would run out within seconds and the benchmark would measure refusals. The load benchmark keeps the real one.
/// </summary>
internal sealed class GrantingUpstreamBudget : IUpstreamBudget
{
    public ValueTask<UpstreamPermit> TryAcquireAsync(CancellationToken cancellationToken) => ValueTask.FromResult(UpstreamPermit.Granted(this, 0));

    public ValueTask ReturnAsync(UpstreamPermit permit) => ValueTask.CompletedTask;

    public ValueTask PauseAsync(TimeSpan duration) => ValueTask.CompletedTask;
}
