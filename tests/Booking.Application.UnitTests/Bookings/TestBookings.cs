using Booking.Domain.Bookings;

namespace Booking.Application.UnitTests.Bookings;

/// <summary>Bookings as the Cal.com port returns them; a test asks for the status and links it needs.</summary>
internal static class TestBookings
{
    public const string Uid = "fNjNdZPcD55W4xaxbKRtTZ";
    public static readonly ReservationId Id = ReservationId.From(Uid);
    public static readonly DateTimeOffset Now = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Start = new(2030, 1, 8, 14, 0, 0, TimeSpan.Zero);
    public static readonly EventTypeId EventType = EventTypeId.From(3139331);
    public static readonly Attendee Jane = Attendee.Restore("Jane Smith", EmailAddress.From("jane.smith@example.com"), "America/New_York");

    public static BookingAggregate Existing(
        BookingStatus status = BookingStatus.Confirmed,
        string uid = Uid,
        DateTimeOffset? start = null,
        int minutes = 30,
        string? rescheduledTo = null) =>
        BookingAggregate.Existing(
            ReservationId.From(uid),
            status,
            EventType,
            TimeSlot.Create(start ?? Start, (start ?? Start).AddMinutes(minutes)),
            Jane,
            rescheduledTo: rescheduledTo is null ? null : ReservationId.From(rescheduledTo));
}
