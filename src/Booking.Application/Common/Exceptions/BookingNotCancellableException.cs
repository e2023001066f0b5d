namespace Booking.Application.Common.Exceptions;

/// <summary>The booking exists but can no longer be cancelled: it has ended, or its event type does not allow it.</summary>
public sealed class BookingNotCancellableException(string reason) : Exception(reason);
