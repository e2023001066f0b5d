using Booking.Infrastructure.CalCom.Budget;

namespace Booking.Infrastructure.CalCom;

/// <summary>How to reach Cal.com API v2. Bound from the <c>CalCom</c> configuration section.</summary>
public sealed class CalComOptions
{
    public const string SectionName = "CalCom";

    /// <summary>The v2 root, e.g. <c>https://api.cal.com/v2</c>; request paths are relative to it.</summary>
    public string BaseUrl { get; set; } = "https://api.cal.com/v2";

    /// <summary>The Cal.com API key (<c>cal_…</c>); sent as a bearer token when set.</summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Left unset here on purpose: the API host picks the default for its environment. An unset mode is
    /// treated as <see cref="CalComMode.Live"/> so a deployment that forgets it cannot run without a key.
    /// </summary>
    public CalComMode? Mode { get; set; }

    /// <summary>Longest wait for one attempt (one HTTP exchange).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest wait for a whole call, retries and back-off included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an event type read (or a "not served") is reused; zero turns caching off.</summary>
    public TimeSpan EventTypeCacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// A Cal.com 429 whose <c>X-RateLimit-Reset-Default</c> is at most this long is waited out and the call repeated;
    /// a longer one goes back to the client as <c>RATE_LIMITED</c>. Zero never waits.
    /// </summary>
    public TimeSpan RateLimitWaitThreshold { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Our own limit on calls to Cal.com (ADR 8).</summary>
    public UpstreamBudgetOptions UpstreamBudget { get; set; } = new();

    internal CalComMode EffectiveMode => Mode ?? CalComMode.Live;
}
