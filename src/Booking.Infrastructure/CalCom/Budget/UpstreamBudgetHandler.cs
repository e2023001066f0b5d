using System.Net;

namespace Booking.Infrastructure.CalCom.Budget;

/// <summary>
/// Spends one call of the budget on every request that leaves for Cal.com. It sits inside the retry loop, so retries
/// and reconciliation reads are counted like any call, and it reads Cal.com's throttler headers from every reply.
/// A request refused here, stopped by the open circuit, or provably never sent does not count.
/// </summary>
internal sealed class UpstreamBudgetHandler(IUpstreamBudget budget) : DelegatingHandler
{
    // Cal.com blocks an over-limit key for 60 s when it gives no reset time (docs/calcom.md#rate-limits).
    private static readonly TimeSpan DefaultBlock = TimeSpan.FromSeconds(60);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var permit = await budget.TryAcquireAsync(cancellationToken);
        if (!permit.IsGranted)
        {
            throw new UpstreamBudgetExhaustedException(permit.RetryAfter);
        }

        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (Exception failure) when (UnsentRequests.IsProvablyUnsent(failure))
        {
            await budget.ReturnAsync(permit);
            throw;
        }

        if (WindowSpent(response) is { } pause)
        {
            await budget.PauseAsync(pause);
        }

        return response;
    }

    /// <summary>How long Cal.com will say no: after a 429, or when this reply used the window's last call.</summary>
    private static TimeSpan? WindowSpent(HttpResponseMessage response)
    {
        var reset = CalComRateLimitHeaders.ResetOf(response);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return reset ?? DefaultBlock;
        }

        return CalComRateLimitHeaders.RemainingOf(response) < 1 ? reset : null;
    }
}
