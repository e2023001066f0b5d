namespace Booking.Application.Common.Exceptions;

/// <summary>Cal.com will not book this slot: taken, host unavailable, outside the booking window, or a booking limit.</summary>
public sealed class SlotUnavailableException(string reason) : Exception(reason);
