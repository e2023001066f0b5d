using System.Collections.Concurrent;

namespace Booking.Api.Security;

/// <summary>
/// Counts hits per key in fixed windows: a key's window opens with its first hit, admits <c>limit</c> hits and closes
/// <c>window</c> later. Because it knows when each window closes, a refusal can say exactly how long to wait, which the
/// framework's fixed-window limiter cannot (it always says the whole window).
/// </summary>
public sealed class FixedWindowCounter(int limit, TimeSpan window, TimeProvider timeProvider)
{
    // Closed windows are dropped once this many keys are held, so a flood from many addresses cannot grow it for long.
    private const int KeysBeforePruning = 4096;

    private readonly ConcurrentDictionary<string, Window> windows = new(StringComparer.Ordinal);

    public int Limit { get; } = limit > 0 ? limit : throw new ArgumentOutOfRangeException(nameof(limit), "The limit must be positive.");

    /// <summary>
    /// Counts a hit for <paramref name="key"/>. False when its window had no room left; <paramref name="retryAfter"/>
    /// is then the time until the window closes. <paramref name="count"/> is the hits counted in the window so far.
    /// </summary>
    public bool TryHit(string key, out TimeSpan retryAfter, out int count)
    {
        var now = timeProvider.GetUtcNow();
        PruneWhenLarge(now);
        var current = windows.GetOrAdd(key, _ => new Window(now));
        lock (current)
        {
            current.OpenIfClosed(now, window);
            retryAfter = current.Start + window - now;
            if (current.Count >= Limit)
            {
                count = current.Count;
                return false;
            }

            count = ++current.Count;
            return true;
        }
    }

    /// <summary>True when <paramref name="key"/>'s window is full, without counting a hit; <paramref name="retryAfter"/> says until when.</summary>
    public bool IsFull(string key, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (!windows.TryGetValue(key, out var current))
        {
            return false;
        }

        var now = timeProvider.GetUtcNow();
        lock (current)
        {
            current.OpenIfClosed(now, window);
            retryAfter = current.Start + window - now;
            return current.Count >= Limit;
        }
    }

    private void PruneWhenLarge(DateTimeOffset now)
    {
        if (windows.Count < KeysBeforePruning)
        {
            return;
        }

        foreach (var (key, held) in windows)
        {
            lock (held)
            {
                if (held.Start + window <= now)
                {
                    windows.TryRemove(new KeyValuePair<string, Window>(key, held));
                }
            }
        }
    }

    private sealed class Window(DateTimeOffset start)
    {
        public DateTimeOffset Start { get; private set; } = start;

        public int Count { get; set; }

        public void OpenIfClosed(DateTimeOffset now, TimeSpan length)
        {
            if (Start + length <= now)
            {
                Start = now;
                Count = 0;
            }
        }
    }
}
