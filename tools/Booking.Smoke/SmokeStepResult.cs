namespace Booking.Smoke;

/// <summary>How one step ended and what it saw.</summary>
public sealed record SmokeStepResult(string Name, SmokeOutcome Outcome, string Detail);
