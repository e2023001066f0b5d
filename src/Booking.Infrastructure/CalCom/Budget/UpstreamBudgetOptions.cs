namespace Booking.Infrastructure.CalCom.Budget;

/// <summary>Our own limit on calls to Cal.com, bound from <c>CalCom:UpstreamBudget</c>.</summary>
public sealed class UpstreamBudgetOptions
{
    /// <summary>The length of the window the permits are counted in.</summary>
    internal static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Calls to Cal.com allowed in any 60 seconds, per Cal.com key and shared by every instance that uses the same
    /// Redis. Cal.com allows 120 and blocks a key for a minute after that; the margin absorbs callers we do not
    /// count (a person using the same key elsewhere) and clock differences between instances.
    /// </summary>
    public int PermitsPerMinute { get; set; } = 110;
}
