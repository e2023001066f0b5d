namespace Booking.Api.Security;

/// <summary>Section <c>Auth</c>: inbound API keys (<c>Auth__ApiKeys__0=…</c>). None configured: the API is open.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";
    public const string HeaderName = "X-Api-Key";

    public string[] ApiKeys { get; set; } = [];

    /// <summary>Missing or wrong keys one address may send in a minute before it is refused with 429 for the rest of it.</summary>
    public int FailedAttemptsPerMinute { get; set; } = 10;
}
