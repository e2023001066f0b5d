namespace Booking.Application.Common.Exceptions;

/// <summary>Cal.com rejected our credentials (a 401 about the key, or a 403 for missing permissions).</summary>
public sealed class CalComAuthenticationException(string reason) : Exception(reason);
