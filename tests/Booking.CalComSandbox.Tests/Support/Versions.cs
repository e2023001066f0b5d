namespace Booking.CalComSandbox.Tests.Support;

internal static class Versions
{
    public const string Bookings = "2024-08-13";
    public const string Slots = "2024-09-04";
    public const string EventTypes = "2024-06-14";
}
