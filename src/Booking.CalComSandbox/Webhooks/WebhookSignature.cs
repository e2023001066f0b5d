using System.Security.Cryptography;
using System.Text;

namespace Booking.CalComSandbox.Webhooks;

/// <summary>Cal.com's <c>createWebhookSignature</c>: lowercase hex HMAC-SHA256 of the exact body, the secret as the key.</summary>
internal static class WebhookSignature
{
    public const string HeaderName = "X-Cal-Signature-256";

    /// <summary>Sent in the header when the webhook has no secret (an empty secret counts as none).</summary>
    public const string WithoutSecret = "no-secret-provided";

    public static string Of(string? secret, byte[] body) =>
        string.IsNullOrEmpty(secret)
            ? WithoutSecret
            : Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
