using System.Security.Cryptography;
using System.Text;

namespace Booking.Api.Idempotency;

/// <summary>
/// The <c>Idempotency-Key</c> header: 1–255 visible ASCII characters, as a plain token or a quoted string (the IETF
/// draft's structured-field form). It is stored only as a hash, scoped to the calling client.
/// </summary>
public static class IdempotencyKey
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotent-Replayed";
    public const int MaxLength = 255;

    public static bool TryRead(string? header, out string key)
    {
        key = header is { Length: >= 2 } && header.StartsWith('"') && header.EndsWith('"') ? header[1..^1] : header ?? string.Empty;
        return key.Length is > 0 and <= MaxLength && key.All(c => c is > ' ' and <= '~');
    }

    public static string StoreKey(string clientId, string key) => $"{clientId}:{Sha256Hex(Encoding.UTF8.GetBytes(key))}";

    /// <summary>What makes two requests "the same": method, path and the exact body bytes.</summary>
    public static string Fingerprint(string method, string path, ReadOnlySpan<byte> body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{method} {path}\n"));
        hash.AppendData(body);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string Sha256Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
