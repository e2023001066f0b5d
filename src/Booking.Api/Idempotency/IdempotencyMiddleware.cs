using System.Net;
using System.Runtime.ExceptionServices;
using Booking.Api.Errors;
using Booking.Api.Security;
using Booking.Application.Common.Idempotency;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Booking.Api.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> for actions marked <see cref="IdempotentAttribute"/>, with the IETF httpapi draft's (and
/// Stripe's) semantics: the first final response is stored with a fingerprint of the request and replayed for a repeat
/// (<c>Idempotent-Replayed: true</c>); the same key with another request → 422; a repeat while the first is still
/// running → 409 with <c>Retry-After</c>. Keys are scoped per client.
/// </summary>
public sealed class IdempotencyMiddleware(
    RequestDelegate next,
    IIdempotencyStore store,
    IOptions<IdempotencyOptions> options,
    ErrorResponseWriter errors)
{
    internal static readonly ApiError InUse = ErrorTable.IdempotencyKeyInUse.ToApiError(retryAfter: TimeSpan.FromSeconds(1));

    internal static readonly ApiError Mismatch = ErrorTable.IdempotencyKeyMismatch.ToApiError();

    public async Task InvokeAsync(HttpContext context)
    {
        var header = context.Request.Headers[IdempotencyKey.HeaderName];
        if (header.Count == 0 || context.GetEndpoint()?.Metadata.GetMetadata<IdempotentAttribute>() is null)
        {
            await next(context);
            return;
        }

        if (header.Count > 1 || !IdempotencyKey.TryRead(header[0], out var key))
        {
            await errors.WriteAsync(context, ErrorTable.Invalid(IdempotencyKey.HeaderName,
                $"{IdempotencyKey.HeaderName} must be 1 to {IdempotencyKey.MaxLength} visible ASCII characters, sent once."));
            return;
        }

        var storeKey = IdempotencyKey.StoreKey(ClientIdentity.Of(context), key);
        var fingerprint = IdempotencyKey.Fingerprint(context.Request.Method, context.Request.Path, await ReadBodyAsync(context.Request));
        var settings = options.Value;

        var lookup = await store.ClaimAsync(storeKey, fingerprint, settings.ClaimTimeout, context.RequestAborted);
        switch (lookup.State)
        {
            case IdempotencyState.Completed when lookup.IsSameRequest(fingerprint):
                await ReplayAsync(context, StoredResponse.Deserialize(lookup.Result!));
                return;
            case IdempotencyState.Completed or IdempotencyState.InFlight when !lookup.IsSameRequest(fingerprint):
                await errors.WriteAsync(context, Mismatch);
                return;
            case IdempotencyState.InFlight:
                await errors.WriteAsync(context, InUse);
                return;
        }

        StoredResponse response;
        try
        {
            response = await RunCapturingAsync(context);
        }
        catch
        {
            await store.ReleaseAsync(storeKey, CancellationToken.None);
            throw;
        }

        // The outcome must be recorded even when the client has gone away: a repeat must not book again.
        if (StoredResponse.IsFinal(response.StatusCode))
        {
            await store.CompleteAsync(storeKey, fingerprint, response.Serialize(), settings.Retention, CancellationToken.None);
        }
        else
        {
            await store.ReleaseAsync(storeKey, CancellationToken.None);
        }
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return buffer.ToArray();
    }

    /// <summary>
    /// Runs the action with its response body captured. Exceptions are turned into the envelope here, by the same
    /// exception handler as everywhere else, because a final error (e.g. 409 slot taken) must be stored too.
    /// </summary>
    private async Task<StoredResponse> RunCapturingAsync(HttpContext context)
    {
        var original = context.Response.Body;
        using var captured = new MemoryStream();
        context.Response.Body = captured;
        try
        {
            await next(context);
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            await HandleAsync(context, exception);
        }
        finally
        {
            context.Response.Body = original;
        }

        captured.Position = 0;
        await captured.CopyToAsync(original, context.RequestAborted);
        var headers = context.Response.Headers;
        return new StoredResponse(context.Response.StatusCode, context.Response.ContentType, headers.Location, headers.RetryAfter, captured.ToArray());
    }

    private static async Task HandleAsync(HttpContext context, Exception exception)
    {
        foreach (var handler in context.RequestServices.GetServices<IExceptionHandler>())
        {
            if (await handler.TryHandleAsync(context, exception, context.RequestAborted))
            {
                return;
            }
        }

        ExceptionDispatchInfo.Throw(exception);
    }

    private static async Task ReplayAsync(HttpContext context, StoredResponse stored)
    {
        var response = context.Response;
        response.StatusCode = stored.StatusCode;
        response.ContentType = stored.ContentType;
        if (stored.Location is not null)
        {
            response.Headers.Location = stored.Location;
        }

        if (stored.RetryAfter is not null)
        {
            response.Headers.RetryAfter = stored.RetryAfter;
        }

        response.Headers[IdempotencyKey.ReplayedHeaderName] = "true";
        await response.Body.WriteAsync(stored.Body, context.RequestAborted);
    }
}
