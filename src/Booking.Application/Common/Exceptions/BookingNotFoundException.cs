namespace Booking.Application.Common.Exceptions;

/// <summary>Cal.com has no booking with this uid.</summary>
public sealed class BookingNotFoundException(string reason) : Exception(reason);
