namespace Booking.CalComSandbox.Scheduling;

/// <summary>What Cal.com's booking idempotency key protects: one accepted booking per host and start.</summary>
internal readonly record struct HostSlotKey(int HostId, DateTimeOffset Start);
