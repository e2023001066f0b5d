namespace Booking.Api.Idempotency;

/// <summary>Marks an action whose requests honour the <c>Idempotency-Key</c> header.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class IdempotentAttribute : Attribute;
