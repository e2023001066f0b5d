namespace Booking.CalComSandbox.Faults;

/// <summary>Tells the request log which fault shaped the response.</summary>
internal sealed record AppliedFault(string Kind, bool SuppressedResponse);
