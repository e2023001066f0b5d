using System.Globalization;

namespace Booking.Infrastructure.CalCom;

internal static class CalComInstants
{
    /// <summary>Cal.com's own way of writing an instant: UTC with milliseconds and <c>Z</c>, e.g. <c>2030-01-08T13:00:00.000Z</c>.</summary>
    public static string ToUtcText(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
