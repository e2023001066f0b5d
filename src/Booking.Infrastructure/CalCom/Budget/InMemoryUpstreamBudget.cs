namespace Booking.Infrastructure.CalCom.Budget;

/// <summary>
/// The budget of one instance: the times of the calls granted in the last window, oldest first, in a ring that grows
/// only as far as the calls in one window need (eight bytes a call, nothing allocated per call once it has grown).
/// </summary>
internal sealed class InMemoryUpstreamBudget(int permitsPerWindow, TimeProvider timeProvider) : IUpstreamBudget
{
    // Marks a call that was given back: it no longer counts, but keeps its place until it reaches the front.
    private const long Returned = long.MinValue;

    private readonly Lock gate = new();
    private long[] grantedAtTicks = new long[Math.Clamp(permitsPerWindow, 1, 256)];
    private int front;
    private int logged;
    private int counting;
    private long frontNumber;
    private DateTimeOffset pausedUntil = DateTimeOffset.MinValue;

    public ValueTask<UpstreamPermit> TryAcquireAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        lock (gate)
        {
            if (pausedUntil > now)
            {
                return ValueTask.FromResult(UpstreamPermit.Refused(pausedUntil - now));
            }

            ForgetCallsBefore((now - UpstreamBudgetOptions.Window).UtcTicks);
            if (counting >= permitsPerWindow)
            {
                var oldest = new DateTimeOffset(grantedAtTicks[front], TimeSpan.Zero);
                return ValueTask.FromResult(UpstreamPermit.Refused(oldest + UpstreamBudgetOptions.Window - now));
            }

            return ValueTask.FromResult(UpstreamPermit.Granted(this, Log(now.UtcTicks)));
        }
    }

    public ValueTask ReturnAsync(UpstreamPermit permit)
    {
        ArgumentNullException.ThrowIfNull(permit);
        if (!permit.IsFrom(this))
        {
            return ValueTask.CompletedTask;
        }

        lock (gate)
        {
            // A call that already left the window has nothing to give back.
            var age = permit.Number - frontNumber;
            if (age < 0 || age >= logged)
            {
                return ValueTask.CompletedTask;
            }

            var slot = SlotOf(age);
            if (grantedAtTicks[slot] != Returned)
            {
                grantedAtTicks[slot] = Returned;
                counting--;
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask PauseAsync(TimeSpan duration)
    {
        var until = timeProvider.GetUtcNow() + duration;
        lock (gate)
        {
            if (until > pausedUntil)
            {
                pausedUntil = until;
            }
        }

        return ValueTask.CompletedTask;
    }

    // Drops calls that left the window and returned calls from the front, so the front is the oldest that counts.
    private void ForgetCallsBefore(long windowStartTicks)
    {
        while (logged > 0 && (grantedAtTicks[front] == Returned || grantedAtTicks[front] <= windowStartTicks))
        {
            if (grantedAtTicks[front] != Returned)
            {
                counting--;
            }

            front = (front + 1) % grantedAtTicks.Length;
            frontNumber++;
            logged--;
        }
    }

    private long Log(long nowTicks)
    {
        if (logged == grantedAtTicks.Length)
        {
            Grow();
        }

        grantedAtTicks[SlotOf(logged)] = nowTicks;
        logged++;
        counting++;
        return frontNumber + logged - 1;
    }

    private void Grow()
    {
        var larger = new long[grantedAtTicks.Length * 2];
        for (var age = 0; age < logged; age++)
        {
            larger[age] = grantedAtTicks[SlotOf(age)];
        }

        grantedAtTicks = larger;
        front = 0;
    }

    private int SlotOf(long age) => (int)((front + age) % grantedAtTicks.Length);
}
