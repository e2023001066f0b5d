using Booking.Domain.Common;

namespace Booking.Domain.Bookings;

/// <summary>
/// Cal.com's booking uid, which this API calls the reservation id: 1 to 64 ASCII letters, digits, <c>-</c> or <c>_</c>
/// (Cal.com's are 22 base58 characters; older ones are UUIDs).
/// </summary>
public readonly record struct ReservationId
{
    public const int MaxLength = 64;

    public string Value { get; }

    private ReservationId(string value) => Value = value;

    public static ReservationId From(string? value) =>
        IsValid(value) ? new ReservationId(value!) : throw new DomainException("reservationId", "Reservation id is not valid.");

    public static bool IsValid(string? value) =>
        !string.IsNullOrEmpty(value)
        && value.Length <= MaxLength
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public override string ToString() => Value ?? string.Empty;
}
