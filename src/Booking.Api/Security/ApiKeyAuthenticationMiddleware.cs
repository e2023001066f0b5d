using System.Net;
using System.Security.Cryptography;
using Booking.Api.Errors;
using Microsoft.Extensions.Options;

namespace Booking.Api.Security;

/// <summary>
/// When inbound API keys are configured, every <c>/api</c> request needs one of them in <c>X-Api-Key</c>. Keys are
/// compared as SHA-256 hashes with a constant-time comparison against every configured key, so neither the length nor
/// the position of a mismatch leaks through timing. Failures are counted per address (<see cref="FailedAuthenticationThrottle"/>).
/// </summary>
public sealed class ApiKeyAuthenticationMiddleware(
    RequestDelegate next, IOptions<AuthOptions> options, FailedAuthenticationThrottle throttle, ErrorResponseWriter errors)
{
    internal static readonly ApiError MissingOrWrongKey =
        ErrorTable.Unauthorized.ToApiError($"Send one of the configured keys in the {AuthOptions.HeaderName} header.");

    private readonly byte[][] keyHashes = options.Value.ApiKeys
        .Where(key => !string.IsNullOrWhiteSpace(key))
        .Select(ClientIdentity.Hash)
        .ToArray();

    public async Task InvokeAsync(HttpContext context)
    {
        if (keyHashes.Length == 0 || !context.Request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }

        if (throttle.IsRefused(context, out var retryAfter))
        {
            await errors.WriteAsync(context, FailedAuthenticationThrottle.TooManyFailures(retryAfter));
            return;
        }

        var presented = context.Request.Headers[AuthOptions.HeaderName];
        var match = presented.Count == 1 && !string.IsNullOrEmpty(presented[0]) ? FindKey(ClientIdentity.Hash(presented[0]!)) : null;
        if (match is null)
        {
            throttle.RecordFailure(context);
            context.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{AuthOptions.HeaderName}\"";
            await errors.WriteAsync(context, MissingOrWrongKey);
            return;
        }

        ClientIdentity.Set(context, ClientIdentity.FromKeyHash(match));
        await next(context);
    }

    private byte[]? FindKey(byte[] presentedHash)
    {
        byte[]? match = null;
        foreach (var keyHash in keyHashes)
        {
            if (CryptographicOperations.FixedTimeEquals(keyHash, presentedHash))
            {
                match = keyHash;
            }
        }

        return match;
    }
}
