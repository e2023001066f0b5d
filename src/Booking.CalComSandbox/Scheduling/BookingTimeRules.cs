using Booking.CalComSandbox.Seed;

namespace Booking.CalComSandbox.Scheduling;

/// <summary>The time checks Cal.com's booking core applies before it looks at the host's calendar.</summary>
internal static class BookingTimeRules
{
    public static bool IsInPast(DateTimeOffset start, DateTimeOffset now) => start < now;

    /// <summary>Too soon for the minimum notice, or beyond the booking window.</summary>
    public static bool IsOutOfBounds(SeedEventType eventType, DateTimeOffset start, DateTimeOffset now) =>
        start < now.AddMinutes(eventType.MinimumBookingNoticeMinutes)
        || (eventType.BookingWindowCalendarDays is { } days && start >= now.AddDays(days));
}
