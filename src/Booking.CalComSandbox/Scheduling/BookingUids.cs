using System.Security.Cryptography;

namespace Booking.CalComSandbox.Scheduling;

internal static class BookingUids
{
    private const int Length = 22;
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>A random 22-character base62 uid, shaped like Cal.com's.</summary>
    public static string New()
    {
        // One read of random bytes; the slight modulo bias does not matter for a sandbox uid, the speed under load does.
        return string.Create(Length, RandomNumberGenerator.GetBytes(Length), static (chars, bytes) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[bytes[i] % Alphabet.Length];
            }
        });
    }
}
