namespace Booking.Smoke;

/// <summary>Every step's result, in order, and the correlation id the run sent (to find it in the API's logs).</summary>
public sealed record SmokeReport(IReadOnlyList<SmokeStepResult> Steps, string CorrelationId)
{
    public bool Passed => Steps.All(step => step.Outcome == SmokeOutcome.Passed);

    /// <summary>0 when every step passed, 1 otherwise.</summary>
    public int ExitCode => Passed ? 0 : 1;
}
