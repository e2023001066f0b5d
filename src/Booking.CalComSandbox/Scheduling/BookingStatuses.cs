namespace Booking.CalComSandbox.Scheduling;

internal static class BookingStatuses
{
    public const string Accepted = "accepted";
    public const string Pending = "pending";
    public const string Cancelled = "cancelled";
    public const string Rejected = "rejected";
}
