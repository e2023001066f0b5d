using Booking.Domain.Common;

namespace Booking.Domain.Bookings;

/// <summary>The free-text reason a client may give for cancelling or rescheduling; Cal.com shows it to both sides.</summary>
public static class ChangeReason
{
    public const string Field = "reason";
    public const int MaxLength = 500;

    /// <summary>The trimmed reason, or null when none was given.</summary>
    public static Parsed<string?> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Parsed<string?>.Valid(null);
        }

        var reason = text.Trim();
        return reason.Length <= MaxLength ? reason : Parsed<string?>.Invalid(Field, $"{Field} must be at most {MaxLength} characters.");
    }
}
