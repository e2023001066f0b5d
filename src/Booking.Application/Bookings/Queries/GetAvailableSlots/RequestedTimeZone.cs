using Booking.Domain.Bookings;

namespace Booking.Application.Bookings.Queries.GetAvailableSlots;

/// <summary>The zone a slot search works in: the requested IANA zone, UTC when none (or, during validation, an invalid one) is given.</summary>
public static class RequestedTimeZone
{
    public static TimeZoneInfo Resolve(string? timeZone) =>
        Attendee.IsIanaTimeZone(timeZone) ? TimeZoneInfo.FindSystemTimeZoneById(timeZone!) : TimeZoneInfo.Utc;
}
