namespace Booking.Application.Common.Exceptions;

/// <summary>The shared idempotency store cannot be reached, so a repeat could not be recognised; nothing is done.</summary>
public sealed class IdempotencyStoreUnavailableException(Exception inner)
    : Exception("The idempotency store is unavailable.", inner);
