using System.Collections.Concurrent;

namespace Booking.CalComSandbox.Http;

internal sealed class RateLimiter(SandboxOptions options)
{
    private readonly ConcurrentDictionary<string, RateWindow> _windows = new(StringComparer.Ordinal);

    public int Limit => options.RateLimitPerWindow;

    public RateDecision Hit(string tracker) =>
        _windows.GetOrAdd(tracker, static _ => new RateWindow())
            .Hit(options.TimeProvider.GetUtcNow(), options.RateLimitPerWindow, options.RateLimitWindow);

    public void Reset() => _windows.Clear();
}
