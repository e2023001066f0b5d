namespace Booking.CalComSandbox.Faults;

/// <summary>The last Cal.com requests the sandbox received.</summary>
internal sealed class RequestLog : BoundedLog<RequestLogEntry>;
