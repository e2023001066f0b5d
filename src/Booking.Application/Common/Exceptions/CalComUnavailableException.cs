namespace Booking.Application.Common.Exceptions;

/// <summary>Cal.com could not be reached (connection refused, DNS failure, circuit open).</summary>
public sealed class CalComUnavailableException(string reason, Exception? inner = null) : Exception(reason, inner);
