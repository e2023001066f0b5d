namespace Booking.Infrastructure.CalCom.Budget;

/// <summary>
/// Our own limit on calls to Cal.com: at most <see cref="UpstreamBudgetOptions.PermitsPerMinute"/> in any 60 seconds
/// (a sliding window, so no alignment of Cal.com's own window can see more), per Cal.com key.
/// </summary>
internal interface IUpstreamBudget
{
    /// <summary>Takes one call from the budget, or says how long until one frees.</summary>
    ValueTask<UpstreamPermit> TryAcquireAsync(CancellationToken cancellationToken);

    /// <summary>Gives back a call that never left, so it does not count.</summary>
    ValueTask ReturnAsync(UpstreamPermit permit);

    /// <summary>Treats the budget as spent for <paramref name="duration"/>, because Cal.com said its window is used up.</summary>
    ValueTask PauseAsync(TimeSpan duration);
}
