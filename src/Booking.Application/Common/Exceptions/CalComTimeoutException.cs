namespace Booking.Application.Common.Exceptions;

/// <summary>Cal.com did not answer in time.</summary>
public sealed class CalComTimeoutException(string reason, Exception? inner = null) : Exception(reason, inner);
