namespace Booking.CalComSandbox.Http;

internal readonly record struct RateDecision(bool Allowed, int Remaining, int ResetSeconds);
