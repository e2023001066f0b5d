namespace Booking.Application.Common.Exceptions;

/// <summary>Cal.com refused the request as invalid (a 4xx that is not about the slot, the key or the event type).</summary>
public sealed class CalComRejectedRequestException(string reason) : Exception(reason);
