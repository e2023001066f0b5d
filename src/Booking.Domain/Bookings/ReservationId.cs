using Booking.Domain.Common;

namespace Booking.Domain.Bookings;

/// <summary>
/// Cal.com's booking uid, which this API calls the reservation id: 1 to 64 ASCII letters, digits, <c>-</c> or <c>_</c>
/// (Cal.com's are 22 base58 characters; older ones are UUIDs).
/// </summary>
public readonly record struct ReservationId
{
    public const string Field = "reservationId";
    public const int MaxLength = 64;

    public string Value { get; }

    private ReservationId(string value) => Value = value;

    /// <summary>An id this service did not get from a client (Cal.com's answer); an unusable one is a broken invariant.</summary>
    public static ReservationId From(string? value) =>
        IsWellFormed(value) ? new ReservationId(value!) : throw new DomainException(Field, $"'{value}' is not a reservation id.");

    public static Parsed<ReservationId> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Parsed<ReservationId>.Invalid(Field, $"{Field} is required.");
        }

        return IsWellFormed(text)
            ? new ReservationId(text)
            : Parsed<ReservationId>.Invalid(Field, $"{Field} must be 1 to {MaxLength} letters, digits, '-' or '_', as returned when booking.");
    }

    private static bool IsWellFormed(string? value) =>
        !string.IsNullOrEmpty(value)
        && value.Length <= MaxLength
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public override string ToString() => Value ?? string.Empty;
}
