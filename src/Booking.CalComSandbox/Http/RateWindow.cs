namespace Booking.CalComSandbox.Http;

/// <summary>One tracker's fixed window; exceeding the limit blocks the tracker for a whole window, as Cal.com does.</summary>
internal sealed class RateWindow
{
    private readonly Lock _lock = new();
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private DateTimeOffset _blockedUntil = DateTimeOffset.MinValue;
    private int _count;

    public RateDecision Hit(DateTimeOffset now, int limit, TimeSpan window)
    {
        lock (_lock)
        {
            if (now < _blockedUntil)
            {
                return new RateDecision(false, 0, SecondsUntil(_blockedUntil, now));
            }

            if (now >= _windowStart + window)
            {
                _windowStart = now;
                _count = 0;
            }

            _count++;
            if (_count > limit)
            {
                _blockedUntil = now + window;
                return new RateDecision(false, 0, SecondsUntil(_blockedUntil, now));
            }

            return new RateDecision(true, limit - _count, SecondsUntil(_windowStart + window, now));
        }
    }

    private static int SecondsUntil(DateTimeOffset moment, DateTimeOffset now) =>
        (int)Math.Ceiling((moment - now).TotalSeconds);
}
