using System.Collections.Concurrent;

namespace Booking.CalComSandbox.Faults;

internal sealed class RequestLog
{
    public const int Capacity = 1000;

    private readonly ConcurrentQueue<RequestLogEntry> _entries = new();
    private int _count;

    public void Add(RequestLogEntry entry)
    {
        _entries.Enqueue(entry);
        if (Interlocked.Increment(ref _count) > Capacity && _entries.TryDequeue(out _))
        {
            Interlocked.Decrement(ref _count);
        }
    }

    public IReadOnlyList<RequestLogEntry> Snapshot() => [.. _entries];

    public void Clear()
    {
        _entries.Clear();
        Interlocked.Exchange(ref _count, 0);
    }
}
