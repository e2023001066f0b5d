using System.Security.Cryptography;
using System.Text;

namespace Booking.Infrastructure.CalCom.Budget;

/// <summary>
/// Names the budget of one Cal.com key without revealing it: the first 128 bits of its SHA-256, in hex. Without a
/// key Cal.com counts calls per client address, and so do we, under one shared name.
/// </summary>
internal sealed record UpstreamBudgetKey(string Value)
{
    public const string Anonymous = "anonymous";

    public static UpstreamBudgetKey For(string? apiKey) =>
        string.IsNullOrWhiteSpace(apiKey)
            ? new UpstreamBudgetKey(Anonymous)
            : new UpstreamBudgetKey(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)))[..32]);
}
