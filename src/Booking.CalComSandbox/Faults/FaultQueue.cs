namespace Booking.CalComSandbox.Faults;

internal sealed class FaultQueue
{
    private readonly Lock _lock = new();
    private readonly List<(SandboxFault Fault, int Remaining)> _queued = [];
    private volatile bool _isEmpty = true;

    public void Enqueue(SandboxFault fault)
    {
        lock (_lock)
        {
            _queued.Add((fault, fault.Times));
            _isEmpty = false;
        }
    }

    /// <summary>Takes one use of the oldest fault matching the request; the common no-fault case costs one volatile read.</summary>
    public SandboxFault? TryTake(string method, string path) => _isEmpty ? null : TryTake(fault => fault.Matches(method, path));

    /// <summary>Takes one use of the oldest <see cref="FaultKinds.DropWebhook"/> fault for the trigger.</summary>
    public SandboxFault? TryTakeWebhookDrop(string trigger) => _isEmpty ? null : TryTake(fault => fault.DropsWebhook(trigger));

    private SandboxFault? TryTake(Predicate<SandboxFault> matches)
    {
        lock (_lock)
        {
            var index = _queued.FindIndex(q => matches(q.Fault));
            if (index < 0)
            {
                return null;
            }

            var (fault, remaining) = _queued[index];
            if (remaining <= 1)
            {
                _queued.RemoveAt(index);
                _isEmpty = _queued.Count == 0;
            }
            else
            {
                _queued[index] = (fault, remaining - 1);
            }

            return fault;
        }
    }

    public IReadOnlyList<SandboxFault> Pending()
    {
        lock (_lock)
        {
            return [.. _queued.Select(q => q.Fault with { Times = q.Remaining })];
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _queued.Clear();
            _isEmpty = true;
        }
    }
}
