namespace Booking.Application.Common.Exceptions;

/// <summary>Cal.com failed (5xx) or answered with something we cannot read.</summary>
public sealed class CalComUpstreamException(string reason, Exception? inner = null) : Exception(reason, inner);
