using System.Collections.Concurrent;

namespace Booking.CalComSandbox.Faults;

/// <summary>The newest <see cref="Capacity"/> entries, oldest first; adding never blocks.</summary>
internal class BoundedLog<T>
{
    public const int Capacity = 1000;

    private readonly ConcurrentQueue<T> _entries = new();
    private int _count;

    public void Add(T entry)
    {
        _entries.Enqueue(entry);
        if (Interlocked.Increment(ref _count) > Capacity && _entries.TryDequeue(out _))
        {
            Interlocked.Decrement(ref _count);
        }
    }

    public IReadOnlyList<T> Snapshot() => [.. _entries];

    public void Clear()
    {
        _entries.Clear();
        Interlocked.Exchange(ref _count, 0);
    }
}
