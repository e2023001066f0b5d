using System.Security.Cryptography;

namespace Booking.CalComSandbox.Scheduling;

internal static class BookingUids
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>A random 22-character base62 uid, shaped like Cal.com's.</summary>
    public static string New() => RandomNumberGenerator.GetString(Alphabet, 22);
}
