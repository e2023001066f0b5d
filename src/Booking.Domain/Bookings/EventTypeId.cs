using System.Globalization;
using Booking.Domain.Common;

namespace Booking.Domain.Bookings;

/// <summary>A Cal.com event type id: a positive integer.</summary>
public readonly record struct EventTypeId
{
    public const string Field = "eventTypeId";

    public int Value { get; }

    private EventTypeId(int value) => Value = value;

    public static EventTypeId From(int value) =>
        value > 0 ? new EventTypeId(value) : throw new DomainException(Field, $"{Field} must be a positive integer.");

    /// <summary>Reads the decimal digits of a positive 32-bit integer, nothing else (no sign, spaces or exponent).</summary>
    public static Parsed<EventTypeId> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Parsed<EventTypeId>.Invalid(Field, $"{Field} is required.");
        }

        return text.All(char.IsAsciiDigit)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && value > 0
                ? new EventTypeId(value)
                : Parsed<EventTypeId>.Invalid(Field, $"{Field} must be a positive integer, e.g. 3139331.");
    }

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
