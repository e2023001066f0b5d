namespace Booking.Application.Bookings;

/// <summary>The free-text reason a client may give for cancelling or rescheduling; Cal.com shows it to both sides.</summary>
public static class BookingChangeReason
{
    public const int MaxLength = 500;

    /// <summary>The trimmed reason, or null when none was given.</summary>
    public static string? Normalize(string? reason) => string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
}
