using System.Security.Cryptography;
using System.Text;

namespace Booking.Api.Security;

/// <summary>
/// Who is calling, for scoping idempotency keys and rate limits: the inbound API key's fingerprint when keys are
/// configured (never the key itself), else one shared "anonymous" client.
/// </summary>
public static class ClientIdentity
{
    public const string Anonymous = "anonymous";
    private static readonly object ItemKey = new();

    public static string Of(HttpContext context) => context.Items[ItemKey] as string ?? Anonymous;

    public static void Set(HttpContext context, string clientId) => context.Items[ItemKey] = clientId;

    public static string FromKeyHash(byte[] keyHash) => "key-" + Convert.ToHexStringLower(keyHash)[..16];

    public static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
}
