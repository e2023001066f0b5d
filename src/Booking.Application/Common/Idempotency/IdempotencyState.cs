namespace Booking.Application.Common.Idempotency;

public enum IdempotencyState
{
    /// <summary>The caller now owns the key and must complete or release it.</summary>
    Claimed,

    /// <summary>Another execution owns the key and has not finished.</summary>
    InFlight,

    /// <summary>An execution finished; its result is stored.</summary>
    Completed,
}
