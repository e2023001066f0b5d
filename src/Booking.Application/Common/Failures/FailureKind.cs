namespace Booking.Application.Common.Failures;

/// <summary>
/// Every way a use case can fail that a client should be told about. Each kind has exactly one row in the API's error
/// table (status, code, message, documentation); anything else is a fault of this service.
/// </summary>
public enum FailureKind
{
    /// <summary>The request is invalid: a field, or what Cal.com refused as invalid.</summary>
    InvalidRequest,

    /// <summary>Cal.com does not know the event type.</summary>
    EventTypeNotFound,

    /// <summary>Cal.com has no booking with this reservation id.</summary>
    BookingNotFound,

    /// <summary>Cal.com will not book the slot: taken, host unavailable, outside the booking window, a limit reached.</summary>
    SlotUnavailable,

    /// <summary>The booking can no longer be cancelled: it has ended, or its event type does not allow it.</summary>
    BookingNotCancellable,

    /// <summary>The booking cannot be moved: it is cancelled (or was rescheduled already) or was rejected.</summary>
    BookingNotReschedulable,

    /// <summary>Cal.com rejected this service's API key or the key lacks permissions.</summary>
    CalComAuthenticationFailed,

    /// <summary>Calls to Cal.com must wait: its rate limit for the key, or this service's own budget of calls, is spent.</summary>
    RateLimited,

    /// <summary>Cal.com failed (5xx) or answered with something that cannot be read.</summary>
    CalComFailed,

    /// <summary>Cal.com could not be reached (refused, DNS, dropped, circuit open).</summary>
    CalComUnreachable,

    /// <summary>Cal.com did not answer in time.</summary>
    CalComTimedOut,

    /// <summary>The shared idempotency store cannot be reached, so a repeat could not be recognised; nothing was done.</summary>
    IdempotencyStoreUnavailable,
}
