namespace Booking.CalComSandbox.Faults;

/// <summary>
/// A queued <c>delay</c> for an operation that waits inside itself, between Cal.com's availability check and its insert,
/// where Cal.com spends its time. Two racing creates then collide on the insert as they do in Cal.com (409), and the
/// operation completes even when the caller has given up, as Cal.com's does.
/// </summary>
internal sealed class ProcessingDelay(TimeSpan duration)
{
    private int _waited;

    public static ProcessingDelay None { get; } = new(TimeSpan.Zero);

    public static ProcessingDelay Of(HttpContext context) => context.Features.Get<ProcessingDelay>() ?? None;

    /// <summary>Waits the first time only, so an operation that fails before its wait can still wait once on the way out.</summary>
    public Task WaitOnceAsync() =>
        duration > TimeSpan.Zero && Interlocked.Exchange(ref _waited, 1) == 0
            ? Task.Delay(duration, CancellationToken.None)
            : Task.CompletedTask;
}
