using System.Globalization;
using Booking.Domain.Common;

namespace Booking.Domain.Bookings;

/// <summary>A Cal.com event type id: a positive integer.</summary>
public readonly record struct EventTypeId
{
    public int Value { get; }

    private EventTypeId(int value) => Value = value;

    public static EventTypeId From(int value) =>
        value > 0 ? new EventTypeId(value) : throw new DomainException("eventTypeId", "Event type id must be a positive integer.");

    /// <summary>Accepts the decimal digits of a positive 32-bit integer, nothing else (no sign, spaces or exponent).</summary>
    public static bool TryParse(string? text, out EventTypeId id)
    {
        id = default;
        if (string.IsNullOrEmpty(text) || !text.All(char.IsAsciiDigit)
            || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            return false;
        }

        id = new EventTypeId(value);
        return true;
    }

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
