using System.Globalization;

namespace Booking.Api.FunctionalTests.Infrastructure;

/// <summary>Hands out distinct future half-hour slots so tests never collide with each other's bookings.</summary>
public static class Slots
{
    private static readonly DateTime FirstSlot = DateTime.UtcNow.Date.AddDays(10);
    private static int next;

    public static (string Start, string End) Next(int minutes = 30)
    {
        var start = FirstSlot.AddMinutes(60 * Interlocked.Increment(ref next));
        return (Format(start), Format(start.AddMinutes(minutes)));
    }

    public static string Format(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
