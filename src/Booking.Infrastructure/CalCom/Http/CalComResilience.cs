using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Booking.Infrastructure.CalCom.Http;

/// <summary>
/// Tunes the standard resilience handler for Cal.com (ADR 7). The defaults would retry every method, and a
/// retried <c>POST /v2/bookings</c> can double-book (Cal.com has no idempotency key, docs/calcom.md#idempotency).
/// </summary>
internal static class CalComResilience
{
    /// <summary>Two retries: enough to ride out a blip, few enough to stay inside the total timeout.</summary>
    public const int MaxRetryAttempts = 2;

    private static readonly TimeSpan MinimumSamplingDuration = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LongestRetryBaseDelay = TimeSpan.FromSeconds(1);

    public static void Configure(HttpStandardResilienceOptions resilience, CalComOptions calCom)
    {
        resilience.AttemptTimeout.Timeout = calCom.AttemptTimeout;
        resilience.TotalRequestTimeout.Timeout = calCom.TotalTimeout;

        // The library requires at least two attempt timeouts, so slow attempts can still trip the breaker.
        resilience.CircuitBreaker.SamplingDuration = Max(MinimumSamplingDuration, calCom.AttemptTimeout * 2);
        resilience.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(IsFailureWorthCounting(args.Outcome));

        resilience.Retry.MaxRetryAttempts = MaxRetryAttempts;
        resilience.Retry.BackoffType = DelayBackoffType.Exponential;
        resilience.Retry.UseJitter = true;
        // Back-off grows with the attempt timeout, so retries always fit in the total timeout (the
        // library checks that) and a tightly configured client also retries quickly.
        resilience.Retry.Delay = Min(LongestRetryBaseDelay, calCom.AttemptTimeout / 10);
        resilience.Retry.ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, calCom.RateLimitWaitThreshold));
        // Cal.com sends no Retry-After; a short 429 is waited out for exactly its X-RateLimit-Reset-Default.
        resilience.Retry.ShouldRetryAfterHeader = false;
        resilience.Retry.DelayGenerator = args => ValueTask.FromResult(RateLimitReset(args.Outcome));
    }

    /// <summary>
    /// Any method is repeated when Cal.com provably never saw it (no connection) or its throttler turned it away
    /// for a moment (the guard runs before anything else, docs/calcom.md#rate-limits). Only reads are repeated after other
    /// transient failures: a booking POST that may have reached Cal.com is the gateway's to reconcile.
    /// </summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, TimeSpan rateLimitWaitThreshold)
    {
        if (outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return rateLimitWaitThreshold > TimeSpan.Zero
                && CalComRateLimitHeaders.ResetOf(outcome.Result) is { } reset && reset <= rateLimitWaitThreshold;
        }

        if (UnsentRequests.IsProvablyUnsent(outcome.Exception))
        {
            return true;
        }

        return context.GetRequestMessage()?.Method == HttpMethod.Get && IsFailureWorthCounting(outcome);
    }

    // Null lets the exponential back-off decide.
    private static TimeSpan? RateLimitReset(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } response ? CalComRateLimitHeaders.ResetOf(response) : null;

    // Transient failures except 429: Cal.com blocks an over-eager key for 60 s, and a rate limit says nothing
    // about Cal.com's health.
    private static bool IsFailureWorthCounting(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result?.StatusCode != HttpStatusCode.TooManyRequests
        && HttpClientResiliencePredicates.IsTransient(outcome);

    private static TimeSpan Max(TimeSpan left, TimeSpan right) => left > right ? left : right;

    private static TimeSpan Min(TimeSpan left, TimeSpan right) => left < right ? left : right;
}
