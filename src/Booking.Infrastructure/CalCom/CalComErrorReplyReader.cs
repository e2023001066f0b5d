using System.Text.Json;
using Booking.Infrastructure.Logging;

namespace Booking.Infrastructure.CalCom;

/// <summary>
/// Reads Cal.com's error replies. Cal.com answers in two shapes (docs/calcom.md#errors): its envelope
/// <c>{"status":"error","error":{"message":…}}</c> and Nest's default <c>{"statusCode":N,"message":…}</c>,
/// and a proxy in between may answer with no JSON at all.
/// </summary>
internal static class CalComErrorReplyReader
{
    private const int MaxMessageLength = 500;

    public static async Task<CalComErrorReply> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var message = await ReadMessageAsync(response.Content, cancellationToken);
        return new CalComErrorReply(response.StatusCode, message, CalComRateLimitHeaders.ResetOf(response));
    }

    private static async Task<string?> ReadMessageAsync(HttpContent content, CancellationToken cancellationToken)
    {
        try
        {
            await using var body = await content.ReadAsStreamAsync(cancellationToken);
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            return Sanitize(FindMessage(document.RootElement));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? FindMessage(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (root.TryGetProperty("error", out var error)
            && error.ValueKind == JsonValueKind.Object
            && error.TryGetProperty("message", out var envelopeMessage)
            && AsText(envelopeMessage) is { } text)
        {
            return text;
        }

        return root.TryGetProperty("message", out var nestMessage) ? AsText(nestMessage) : null;
    }

    // Nest's ValidationPipe puts a list of strings in "message".
    private static string? AsText(JsonElement message) => message.ValueKind switch
    {
        JsonValueKind.String => message.GetString(),
        JsonValueKind.Array => string.Join("; ", message.EnumerateArray()
            .Where(item => item.ValueKind == JsonValueKind.String)
            .Select(item => item.GetString())),
        _ => null,
    };

    // Cal.com sometimes quotes values back; its messages end up in our exceptions and logs.
    private static string? Sanitize(string? message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return null;
        }

        var redacted = SensitiveDataRedactor.Redact(message.Trim());
        return redacted.Length <= MaxMessageLength ? redacted : string.Concat(redacted.AsSpan(0, MaxMessageLength), "…");
    }
}
