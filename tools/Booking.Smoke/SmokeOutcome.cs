namespace Booking.Smoke;

public enum SmokeOutcome
{
    Passed,
    Failed,

    /// <summary>Not run because an earlier step failed.</summary>
    Skipped,
}
