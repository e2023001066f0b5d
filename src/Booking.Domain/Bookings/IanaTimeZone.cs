using Booking.Domain.Common;

namespace Booking.Domain.Bookings;

/// <summary>The IANA time zones a client may name (e.g. <c>Europe/Berlin</c>); UTC when none is given.</summary>
public static class IanaTimeZone
{
    public const string Field = "timezone";
    public const string Default = "UTC";

    /// <summary>The zone named by <paramref name="text"/>, UTC when it is absent.</summary>
    public static Parsed<TimeZoneInfo> Parse(string? text)
    {
        if (text is null)
        {
            return TimeZoneInfo.Utc;
        }

        return !string.IsNullOrWhiteSpace(text) && TimeZoneInfo.TryFindSystemTimeZoneById(text, out var zone) && zone.HasIanaId
            ? zone
            : Parsed<TimeZoneInfo>.Invalid(Field, $"{Field} must be an IANA time zone such as UTC or America/New_York.");
    }
}
