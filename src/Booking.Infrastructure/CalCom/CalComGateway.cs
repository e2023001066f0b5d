using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Booking.Application.Common.Failures;
using Booking.Application.Common.Interfaces;
using Booking.Domain.Bookings;
using Booking.Domain.EventTypes;
using Booking.Infrastructure.CalCom.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Booking.Infrastructure.CalCom;

/// <summary>
/// Talks to Cal.com API v2 through a typed <see cref="HttpClient"/> whose pipeline (see
/// <see cref="DependencyInjection"/>) adds the key, retries safe calls, enforces the timeouts and the call budget.
/// Every call goes through <see cref="CallAsync{T}(CalComCall, ReplyReader{T}, CancellationToken, CancellationToken)"/>.
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
    private const string SlotsApiVersion = "2024-09-04";
    private const string ApiVersionHeader = "cal-api-version";
    private const string CorrelationIdHeader = "x-correlation-id";
    private const string RequestIdHeader = "X-Request-Id";
    private const string JsonMediaType = "application/json";

    private readonly CalComOptions settings = options.Value;

    /// <summary>Reads a reply (already known to have arrived) into the call's result.</summary>
    private delegate Task<T> ReplyReader<T>(HttpResponseMessage response, CancellationToken cancellationToken);

    public async Task<EventType?> FindEventTypeAsync(EventTypeId eventTypeId, CancellationToken cancellationToken)
    {
        var cacheKey = new EventTypeCacheKey(eventTypeId.Value);
        if (cache.TryGetValue(cacheKey, out EventType? cached))
        {
            return cached;
        }

        var call = new CalComCall(CalComOperation.FindEventType, HttpMethod.Get,
            string.Create(CultureInfo.InvariantCulture, $"event-types/{eventTypeId.Value}"), EventTypesApiVersion);
        var eventType = await CallAsync(call, async (response, token) =>
        {
            // Cal.com serves only event types the key's owner owns or hosts (403 without a key): let the booking call decide.
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
            {
                return null;
            }

            return CalComEventTypeMapping.ToEventType(await ReadSuccessAsync(response, call.Operation, CalComJsonContext.Default.CalComSuccessResponseEventTypeData, token));
        }, cancellationToken);

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
    public async Task<BookingAggregate> CreateBookingAsync(BookingAggregate requested, EventType? eventType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requested);

        // The whole call, reconciliation included, ends within the total timeout.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(settings.TotalTimeout);
        var body = CalComBookingMapping.ToBody(requested, eventType);
        BookingAggregate booked;
        try
        {
            booked = await PostBookingAsync(body, requested, deadline.Token, cancellationToken);
        }
        catch (Exception failure) when (IsAmbiguous(failure))
        {
            booked = await ReconcileAsync(body, requested, failure, deadline.Token, cancellationToken);
        }

        // Checked outside the reconciliation: Cal.com named the booking it made, so looking for it or booking again
        // cannot make it hold the slot.
        return booked.IsActive
            ? booked
            : throw new FailureException(FailureKind.CalComFailed,
                $"Cal.com created the booking with the unexpected status '{booked.Status.ToString().ToLowerInvariant()}'.");
    }

    private async Task<BookingAggregate> PostBookingAsync(
        CreateBookingBody body, BookingAggregate requested, CancellationToken deadline, CancellationToken callerToken)
    {
        var call = new CalComCall(CalComOperation.CreateBooking, HttpMethod.Post, BookingsPath, BookingsApiVersion)
        {
            Body = JsonSerializer.SerializeToUtf8Bytes(body, CalComJsonContext.Default.CreateBookingBody),
        };

        return await CallAsync(call, async (response, token) => CalComBookingMapping.ToBooking(
            CalComBookingMapping.DataOf(await ReadSuccessAsync(response, call.Operation, CalComJsonContext.Default.CalComSuccessResponseBookingData, token)),
            requested.Attendee), deadline, callerToken);
    }

    /// <summary>
    /// The one way to call Cal.com: sends <paramref name="call"/>, then reads the reply within the attempt timeout, and
    /// turns failures below HTTP into application failures. <paramref name="deadline"/> ends the whole call;
    /// <paramref name="callerToken"/> is the caller's own, whose cancellation is passed on as it is.
    /// </summary>
    private async Task<T> CallAsync<T>(CalComCall call, ReplyReader<T> readReply, CancellationToken deadline, CancellationToken callerToken)
    {
        using var readDeadline = CancellationTokenSource.CreateLinkedTokenSource(deadline);
        try
        {
            using var message = CreateRequest(call);
            using var response = await httpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, readDeadline.Token);

            // The resilience pipeline's timeouts end when the headers arrive; this bounds reading the body, which would
            // otherwise wait forever (HttpClient.Timeout is infinite on purpose).
            readDeadline.CancelAfter(settings.AttemptTimeout);
            return await readReply(response, readDeadline.Token);
        }
        catch (Exception failure) when (CalComTransportFailures.Translate(failure, call.Operation, callerToken) is { } translated)
        {
            LogTransportFailure(logger, call.Operation, failure.GetType().Name, translated.Message);
            throw translated;
        }
    }

    private Task<T> CallAsync<T>(CalComCall call, ReplyReader<T> readReply, CancellationToken cancellationToken) =>
        CallAsync(call, readReply, cancellationToken, cancellationToken);

    private HttpRequestMessage CreateRequest(CalComCall call)
    {
        var message = new HttpRequestMessage(call.Method, new Uri(call.Path, UriKind.Relative));
        message.Headers.TryAddWithoutValidation("Accept", JsonMediaType);
        // A missing or unknown version silently selects Cal.com's legacy contract (docs/calcom.md#versions).
        message.Headers.TryAddWithoutValidation(ApiVersionHeader, call.ApiVersion);

        if (correlationIdAccessor?.CorrelationId is { Length: > 0 } correlationId && !correlationId.AsSpan().ContainsAnyInRange('\u0000', '\u001F'))
        {
            message.Headers.TryAddWithoutValidation(CorrelationIdHeader, correlationId);
        }

        if (call.Body is { } body)
        {
            // Bytes rather than a streamed JsonContent, so the request carries a Content-Length.
            message.Content = new ByteArrayContent(body);
            message.Content.Headers.TryAddWithoutValidation("Content-Type", JsonMediaType);
        }

        return message;
    }

    /// <summary>Reads Cal.com's success reply; an error reply becomes the failure it means.</summary>
    private async Task<T?> ReadSuccessAsync<T>(HttpResponseMessage response, CalComOperation operation, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        await ThrowIfFailedAsync(response, operation, cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonSerializer.DeserializeAsync(body, typeInfo, cancellationToken);
    }

    private async Task ThrowIfFailedAsync(HttpResponseMessage response, CalComOperation operation, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw Translate(operation, response, await CalComErrorReplyReader.ReadAsync(response, cancellationToken));
        }
    }

    private FailureException Translate(CalComOperation operation, HttpResponseMessage response, CalComErrorReply reply)
    {
        LogErrorReply(logger, operation, (int)reply.StatusCode, RequestIdOf(response), reply.Message);
        return CalComErrorTranslator.ToException(operation, reply);
    }

    private static string? RequestIdOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(RequestIdHeader, out var values) ? values.FirstOrDefault() : null;

    /// <summary>One request to Cal.com: what it is for, where it goes, which contract version, and its JSON body.</summary>
    private sealed record CalComCall(CalComOperation Operation, HttpMethod Method, string Path, string ApiVersion)
    {
        public byte[]? Body { get; init; }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cal.com {Operation} failed with HTTP {StatusCode} (X-Request-Id {CalComRequestId}): {CalComMessage}")]
    private static partial void LogErrorReply(ILogger logger, CalComOperation operation, int statusCode, string? calComRequestId, string? calComMessage);

    // Expected network outcomes (timeouts, refused connections, a spent budget): a line each, without a stack trace.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Cal.com {Operation} failed before a usable reply: {FailureType}: {Reason}")]
    private static partial void LogTransportFailure(ILogger logger, CalComOperation operation, string failureType, string reason);
}
