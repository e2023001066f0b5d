using Booking.Application.Common.CalCom;

namespace Booking.Application.UnitTests.Bookings;

/// <summary>Bookings as the Cal.com port returns them; tests change one thing with <c>with</c>.</summary>
internal static class CalComBookings
{
    public const string Uid = "fNjNdZPcD55W4xaxbKRtTZ";
    public static readonly DateTimeOffset Start = new(2030, 1, 8, 14, 0, 0, TimeSpan.Zero);

    public static CalComBooking Accepted(string uid = Uid) => new()
    {
        Uid = uid,
        Status = "accepted",
        Start = Start,
        End = Start.AddMinutes(30),
        EventTypeId = 3139331,
        AttendeeName = "Jane Smith",
        AttendeeEmail = "jane.smith@example.com",
    };
}
