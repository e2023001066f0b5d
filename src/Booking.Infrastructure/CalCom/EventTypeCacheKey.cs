namespace Booking.Infrastructure.CalCom;

/// <summary>Cache key for one event type read; a type of its own so no other cache entry can collide.</summary>
internal readonly record struct EventTypeCacheKey(int EventTypeId);
