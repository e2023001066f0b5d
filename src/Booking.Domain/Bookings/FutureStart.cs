namespace Booking.Domain.Bookings;

/// <summary>Bookings, reschedules and holds are only for times that have not begun.</summary>
public static class FutureStart
{
    public const string Message = "start must be in the future.";

    public static bool IsSatisfiedBy(DateTimeOffset start, DateTimeOffset now) => start > now;
}
