namespace Booking.Infrastructure.CalCom.Budget;

/// <summary>The budget of one instance: a log of the calls granted in the last window.</summary>
internal sealed class InMemoryUpstreamBudget(int permitsPerWindow, TimeProvider timeProvider) : IUpstreamBudget
{
    private readonly Lock gate = new();
    private readonly LinkedList<GrantedCall> granted = new();
    private DateTimeOffset pausedUntil = DateTimeOffset.MinValue;

    public ValueTask<UpstreamPermit> TryAcquireAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        lock (gate)
        {
            if (pausedUntil > now)
            {
                return ValueTask.FromResult(UpstreamPermit.Refused(pausedUntil - now));
            }

            while (granted.First is { } oldest && oldest.Value.At <= now - UpstreamBudgetOptions.Window)
            {
                granted.RemoveFirst();
            }

            if (granted.Count >= permitsPerWindow)
            {
                return ValueTask.FromResult(UpstreamPermit.Refused(granted.First!.Value.At + UpstreamBudgetOptions.Window - now));
            }

            var permit = UpstreamPermit.Granted();
            granted.AddLast(new GrantedCall(permit.Id!, now));
            return ValueTask.FromResult(permit);
        }
    }

    public ValueTask ReturnAsync(UpstreamPermit permit)
    {
        ArgumentNullException.ThrowIfNull(permit);
        lock (gate)
        {
            for (var call = granted.First; call is not null; call = call.Next)
            {
                if (call.Value.Id == permit.Id)
                {
                    granted.Remove(call);
                    break;
                }
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask PauseAsync(TimeSpan duration)
    {
        var until = timeProvider.GetUtcNow() + duration;
        lock (gate)
        {
            if (until > pausedUntil)
            {
                pausedUntil = until;
            }
        }

        return ValueTask.CompletedTask;
    }

    private readonly record struct GrantedCall(string Id, DateTimeOffset At);
}
