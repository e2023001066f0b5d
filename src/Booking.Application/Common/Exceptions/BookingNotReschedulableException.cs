namespace Booking.Application.Common.Exceptions;

/// <summary>The booking exists but cannot be moved: it is cancelled (or was rescheduled already) or was rejected.</summary>
public sealed class BookingNotReschedulableException(string reason) : Exception(reason);
