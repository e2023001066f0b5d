namespace Booking.Application.Common.Exceptions;

/// <summary>Cal.com does not know the event type.</summary>
public sealed class EventTypeNotFoundException(string reason) : Exception(reason);
