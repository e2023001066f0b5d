using Booking.Domain.Bookings;

namespace Booking.Api.Contracts.Bookings;

/// <summary>The <c>status</c> values of every booking body.</summary>
public static class BookingStatusNames
{
    public const string Confirmed = "confirmed";
    public const string Pending = "pending";
    public const string Cancelled = "cancelled";
    public const string Rejected = "rejected";

    public static string Of(BookingStatus status) => status switch
    {
        BookingStatus.Confirmed => Confirmed,
        BookingStatus.Pending => Pending,
        BookingStatus.Cancelled => Cancelled,
        BookingStatus.Rejected => Rejected,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Only a booking Cal.com knows has a status to report."),
    };
}
