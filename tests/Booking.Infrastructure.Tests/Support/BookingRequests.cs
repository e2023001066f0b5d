using Booking.Application.Common.CalCom;

namespace Booking.Infrastructure.Tests.Support;

public static class BookingRequests
{
    public const string AttendeeName = "Jane Roe";
    public const string AttendeeEmail = "jane.roe@example.com";

    /// <summary>A valid request with only the required fields; vary it with <c>with</c>.</summary>
    public static CalComBookingRequest Valid() => new()
    {
        EventTypeId = 42,
        Start = new DateTimeOffset(2030, 1, 8, 15, 0, 0, TimeSpan.FromHours(2)),
        AttendeeName = AttendeeName,
        AttendeeEmail = AttendeeEmail,
        AttendeeTimeZone = "Europe/Berlin",
    };
}
