namespace Booking.Smoke;

/// <summary>Sees the steps as they run, e.g. to show progress.</summary>
public interface ISmokeObserver
{
    void StepStarted(string name);

    void StepFinished(SmokeStepResult result);
}
