namespace Booking.CalComSandbox.Http;

internal static class ApiVersions
{
    public const string HeaderName = "cal-api-version";
    public const string Bookings = "2024-08-13";
    public const string Slots = "2024-09-04";
    public const string EventTypes = "2024-06-14";

    /// <summary>
    /// Cal.com maps a missing or unknown header to its legacy 2024-04-15 controllers instead of failing, so a caller that
    /// forgets the header silently gets another contract.
    /// </summary>
    public static bool Requests(HttpRequest request, string version) =>
        string.Equals(request.Headers[HeaderName].ToString(), version, StringComparison.Ordinal);
}
