using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Booking.Application.Common.CalCom;
using Booking.Application.Common.Interfaces;
using Booking.Infrastructure.CalCom.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Booking.Infrastructure.CalCom;

/// <summary>
/// Talks to Cal.com API v2 through a typed <see cref="HttpClient"/> whose pipeline (see
/// <see cref="DependencyInjection"/>) adds the key, retries safe calls, enforces the timeouts and the call budget.
/// </summary>
/// <remarks>
/// The correlation id is read here rather than in a message handler: handlers live in a DI scope of
/// their own that outlives requests, whereas the gateway is resolved in the caller's scope.
/// </remarks>
internal sealed partial class CalComGateway(
    HttpClient httpClient,
    IMemoryCache cache,
    IOptions<CalComOptions> options,
    ILogger<CalComGateway> logger,
    ICorrelationIdAccessor? correlationIdAccessor = null) : ICalComGateway
{
    private const string BookingsPath = "bookings";
    private const string BookingsApiVersion = "2024-08-13";
    private const string EventTypesApiVersion = "2024-06-14";
    private const string ApiVersionHeader = "cal-api-version";
    private const string CorrelationIdHeader = "x-correlation-id";
    private const string RequestIdHeader = "X-Request-Id";
    private const string JsonMediaType = "application/json";

    private readonly CalComOptions settings = options.Value;

    public async Task<CalComEventType?> FindEventTypeAsync(int eventTypeId, CancellationToken cancellationToken)
    {
        var cacheKey = new EventTypeCacheKey(eventTypeId);
        if (cache.TryGetValue(cacheKey, out CalComEventType? cached))
        {
            return cached;
        }

        var eventType = await FetchEventTypeAsync(eventTypeId, cancellationToken);
        if (settings.EventTypeCacheDuration > TimeSpan.Zero)
        {
            // "Not served" is cached too: the booking call decides then, and asking again would not change that.
            cache.Set(cacheKey, eventType, settings.EventTypeCacheDuration);
        }

        return eventType;
    }

    /// <summary>
    /// Sends the booking once. When the outcome is ambiguous (the booking may exist), looks for it and sends the
    /// booking again only when Cal.com has none (see <c>CalComGateway.Reconciliation.cs</c>, ADR 7).
    /// </summary>
    public async Task<CalComBooking> CreateBookingAsync(CalComBookingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // The whole call, reconciliation included, ends within the total timeout.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(settings.TotalTimeout);
        try
        {
            return await PostBookingAsync(request, deadline.Token, cancellationToken);
        }
        catch (Exception failure) when (IsAmbiguous(failure))
        {
            return await ReconcileAsync(request, failure, deadline.Token, cancellationToken);
        }
    }

    private async Task<CalComBooking> PostBookingAsync(CalComBookingRequest request, CancellationToken deadline, CancellationToken callerToken)
    {
        const CalComOperation operation = CalComOperation.CreateBooking;

        using var readDeadline = CancellationTokenSource.CreateLinkedTokenSource(deadline);
        try
        {
            using var message = CreateRequest(HttpMethod.Post, BookingsPath, BookingsApiVersion);
            message.Content = JsonBody(CalComBookingMapping.ToBody(request), CalComJsonContext.Default.CreateBookingBody);

            var reply = await SendForJsonAsync(message, operation, CalComJsonContext.Default.CalComSuccessResponseBookingData, readDeadline);
            return CalComBookingMapping.ToBooking(reply);
        }
        catch (Exception failure) when (CalComTransportFailures.Translate(failure, operation, callerToken) is { } translated)
        {
            LogTransportFailure(logger, operation, failure.GetType().Name, translated.Message);
            throw translated;
        }
    }

    private async Task<CalComEventType?> FetchEventTypeAsync(int eventTypeId, CancellationToken cancellationToken)
    {
        const CalComOperation operation = CalComOperation.FindEventType;

        using var readDeadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"event-types/{eventTypeId}");
            using var message = CreateRequest(HttpMethod.Get, path, EventTypesApiVersion);

            using var response = await SendAsync(message, readDeadline);

            // Cal.com serves only the key owner's event types (403 without a key): let the booking call decide.
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
            {
                return null;
            }

            await ThrowIfFailedAsync(response, operation, readDeadline.Token);
            var reply = await ReadJsonAsync(response, CalComJsonContext.Default.CalComSuccessResponseEventTypeData, readDeadline.Token);
            return CalComEventTypeMapping.ToEventType(reply);
        }
        catch (Exception failure) when (CalComTransportFailures.Translate(failure, operation, cancellationToken) is { } translated)
        {
            LogTransportFailure(logger, operation, failure.GetType().Name, translated.Message);
            throw translated;
        }
    }

    private HttpRequestMessage CreateRequest(HttpMethod method, string relativePath, string apiVersion)
    {
        var message = new HttpRequestMessage(method, new Uri(relativePath, UriKind.Relative));
        message.Headers.TryAddWithoutValidation("Accept", JsonMediaType);
        // A missing or unknown version silently selects Cal.com's legacy contract (CONTRACT §1).
        message.Headers.TryAddWithoutValidation(ApiVersionHeader, apiVersion);

        if (correlationIdAccessor?.CorrelationId is { Length: > 0 } correlationId && !correlationId.AsSpan().ContainsAnyInRange('\u0000', '\u001F'))
        {
            message.Headers.TryAddWithoutValidation(CorrelationIdHeader, correlationId);
        }

        return message;
    }

    private static ByteArrayContent JsonBody<T>(T body, JsonTypeInfo<T> typeInfo)
    {
        // Bytes rather than a streamed JsonContent, so the request carries a Content-Length.
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, typeInfo));
        content.Headers.TryAddWithoutValidation("Content-Type", JsonMediaType);
        return content;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage message, CancellationTokenSource readDeadline)
    {
        var response = await httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, readDeadline.Token);

        // The resilience pipeline's timeouts end when the headers arrive; this bounds reading the body,
        // which would otherwise wait forever (HttpClient.Timeout is infinite on purpose).
        readDeadline.CancelAfter(settings.AttemptTimeout);
        return response;
    }

    private async Task ThrowIfFailedAsync(HttpResponseMessage response, CalComOperation operation, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var reply = await CalComErrorReplyReader.ReadAsync(response, cancellationToken);
        LogErrorReply(logger, operation, (int)reply.StatusCode, RequestIdOf(response), reply.Message);
        throw CalComErrorTranslator.ToException(operation, reply);
    }

    /// <summary>Sends one request and reads Cal.com's success reply; an error reply becomes an exception.</summary>
    private async Task<T?> SendForJsonAsync<T>(
        HttpRequestMessage message, CalComOperation operation, JsonTypeInfo<T> typeInfo, CancellationTokenSource readDeadline)
    {
        using var response = await SendAsync(message, readDeadline);
        await ThrowIfFailedAsync(response, operation, readDeadline.Token);
        return await ReadJsonAsync(response, typeInfo, readDeadline.Token);
    }

    private static async Task<T?> ReadJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonSerializer.DeserializeAsync(body, typeInfo, cancellationToken);
    }

    private static string? RequestIdOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(RequestIdHeader, out var values) ? values.FirstOrDefault() : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cal.com {Operation} failed with HTTP {StatusCode} (X-Request-Id {CalComRequestId}): {CalComMessage}")]
    private static partial void LogErrorReply(ILogger logger, CalComOperation operation, int statusCode, string? calComRequestId, string? calComMessage);

    // Expected network outcomes (timeouts, refused connections, a spent budget): a line each, without a stack trace.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Cal.com {Operation} failed before a usable reply: {FailureType}: {Reason}")]
    private static partial void LogTransportFailure(ILogger logger, CalComOperation operation, string failureType, string reason);
}
