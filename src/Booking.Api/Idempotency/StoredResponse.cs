using System.Text.Json;

namespace Booking.Api.Idempotency;

/// <summary>The parts of a completed response that a replay repeats.</summary>
public sealed record StoredResponse(int StatusCode, string? ContentType, string? Location, string? RetryAfter, byte[] Body)
{
    public byte[] Serialize() => JsonSerializer.SerializeToUtf8Bytes(this);

    public static StoredResponse Deserialize(byte[] bytes) =>
        JsonSerializer.Deserialize<StoredResponse>(bytes) ?? throw new InvalidOperationException("Empty stored response.");

    /// <summary>
    /// Final outcomes are kept and replayed. Failures a retry can cure are not, so a repeat runs again: our own and
    /// Cal.com's 5xx, rate limits, timeouts, and Cal.com refusing our key (an operator fixes that, not the client).
    /// </summary>
    public static bool IsFinal(int statusCode) =>
        statusCode is >= 200 and < 500 and not (StatusCodes.Status401Unauthorized or StatusCodes.Status408RequestTimeout
            or StatusCodes.Status429TooManyRequests);
}
