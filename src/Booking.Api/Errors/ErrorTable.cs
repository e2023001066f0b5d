using System.Net;
using Booking.Api.Contracts.Errors;
using Booking.Api.Idempotency;
using Booking.Application.Common.Failures;
using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace Booking.Api.Errors;

/// <summary>
/// The one table of errors: every code a client can receive, with its status, message, meaning, the operations that
/// document it and whether it counts as a failed booking. The exception handler, the HTTP edge's own errors, the
/// booking metrics and the OpenAPI document all read it. A new failure kind is one row here (a test checks that every
/// <see cref="FailureKind"/> has exactly one).
/// </summary>
public static class ErrorTable
{
    public static readonly ErrorRow Validation = new("VALIDATION_ERROR", HttpStatusCode.BadRequest, "The request is invalid.")
    {
        Kind = FailureKind.InvalidRequest,
        When = "A field or query parameter is missing or invalid, unknown or misspelt; the JSON is malformed, has the wrong types "
            + "or unknown properties; the body is empty; or Cal.com refused the request as invalid (its reason is in `details`, field `body`).",
        Details = new[] { new FieldErrorResponse("attendee.email", "attendee.email must be a valid email address, e.g. jane@example.com.") },
    };

    public static readonly ErrorRow AuthenticationError = new("AUTHENTICATION_ERROR", HttpStatusCode.Unauthorized, "Cal.com API authentication failed.")
    {
        Kind = FailureKind.CalComAuthenticationFailed,
        When = "Cal.com rejected the configured API key (401) or the key lacks the permissions (403).",
        Details = "CustomThrottlerGuard - Invalid API Key",
    };

    public static readonly ErrorRow Unauthorized = new("UNAUTHORIZED", HttpStatusCode.Unauthorized, "A valid API key is required.")
    {
        When = "Inbound API keys are configured and `X-Api-Key` is missing or wrong.",
        Details = "Send one of this service's API keys in the X-Api-Key header.",
        CountsAsFailedBooking = false,
    };

    public static readonly ErrorRow NotFound = new("NOT_FOUND", HttpStatusCode.NotFound, "No such route.")
    {
        When = "No such route.",
        Details = "See /docs or /openapi/v1.json for the routes this API serves.",
        RouteLevel = true,
        CountsAsFailedBooking = false,
    };

    public static readonly ErrorRow EventTypeNotFound = new("EVENT_TYPE_NOT_FOUND", HttpStatusCode.NotFound, "The event type does not exist or is not accessible.")
    {
        Kind = FailureKind.EventTypeNotFound,
        When = "Cal.com does not know the event type.",
        Details = "Event type with id 9999999 not found",
        DocumentedOn = description => PathStartsWith(description, "api/slots"),
    };

    public static readonly ErrorRow BookingNotFound = new("BOOKING_NOT_FOUND", HttpStatusCode.NotFound, "The booking does not exist.")
    {
        Kind = FailureKind.BookingNotFound,
        When = "No booking has this reservation id.",
        Details = "Booking with uid fNjNdZPcD55W4xaxbKRtTZ not found",
        DocumentedOn = description => PathStartsWith(description, "api/bookings/"),
    };

    public static readonly ErrorRow BookingNotCancellable = new("BOOKING_NOT_CANCELLABLE", HttpStatusCode.Conflict, "The booking can no longer be cancelled.")
    {
        Kind = FailureKind.BookingNotCancellable,
        When = "The booking has already ended, or its event type does not allow cancelling.",
        Details = "Booking fNjNdZPcD55W4xaxbKRtTZ has already ended.",
        DocumentedOn = description => PathEndsWith(description, "/cancel"),
    };

    public static readonly ErrorRow BookingNotReschedulable = new("BOOKING_NOT_RESCHEDULABLE", HttpStatusCode.Conflict, "The booking can no longer be rescheduled.")
    {
        Kind = FailureKind.BookingNotReschedulable,
        When = "The booking is cancelled, already rescheduled or rejected.",
        Details = "Booking fNjNdZPcD55W4xaxbKRtTZ is cancelled.",
        DocumentedOn = description => PathEndsWith(description, "/reschedule"),
    };

    public static readonly ErrorRow MethodNotAllowed = new("METHOD_NOT_ALLOWED", HttpStatusCode.MethodNotAllowed, "This route does not accept that method.")
    {
        When = "The route does not take that method; `Allow` lists the ones it takes.",
        Details = "The Allow header lists the methods it accepts.",
        RouteLevel = true,
        CountsAsFailedBooking = false,
    };

    public static readonly ErrorRow SlotUnavailable = new("SLOT_UNAVAILABLE", HttpStatusCode.Conflict, "The requested slot is no longer available.")
    {
        Kind = FailureKind.SlotUnavailable,
        When = "The slot is taken, the host is not available, it is outside the booking window or notice period, "
            + "a concurrent booking won, or a booking limit is reached.",
        Details = "User either already has booking at this time or is not available",
        // Booking, holding or rescheduling takes a slot someone else may have; cancelling and reading do not.
        DocumentedOn = description => description.HttpMethod == HttpMethods.Post && !PathEndsWith(description, "/cancel"),
    };

    public static readonly ErrorRow IdempotencyKeyInUse = new("IDEMPOTENCY_KEY_IN_USE", HttpStatusCode.Conflict, "A request with this Idempotency-Key is still being processed.")
    {
        When = "A request with the same `Idempotency-Key` is still running; retry after `Retry-After`.",
        Details = "Retry after the time in Retry-After to get its result.",
        DocumentedOn = IsIdempotent,
        CountsAsFailedBooking = false,
    };

    public static readonly ErrorRow PayloadTooLarge = new("PAYLOAD_TOO_LARGE", HttpStatusCode.RequestEntityTooLarge, "The request body is too large.")
    {
        When = "The body is over 64 KiB.",
        Details = "Send at most 64 KiB.",
        CountsAsFailedBooking = false,
    };

    public static readonly ErrorRow UnsupportedMediaType = new("UNSUPPORTED_MEDIA_TYPE", HttpStatusCode.UnsupportedMediaType, "Unsupported content type.")
    {
        When = "The body is not `application/json`, or it declares a charset other than UTF-8.",
        Details = "Send the body as JSON in UTF-8 with Content-Type: application/json (no other charset).",
        CountsAsFailedBooking = false,
    };

    public static readonly ErrorRow IdempotencyKeyMismatch = new("IDEMPOTENCY_KEY_MISMATCH", HttpStatusCode.UnprocessableEntity, "This Idempotency-Key was used for a different request.")
    {
        When = "The `Idempotency-Key` was used for a different request.",
        Details = "Use a new key for a new request; a key belongs to one request body.",
        DocumentedOn = IsIdempotent,
        CountsAsFailedBooking = false,
    };

    public static readonly ErrorRow RateLimited = new("RATE_LIMITED", HttpStatusCode.TooManyRequests, "Too many requests; retry after the time in Retry-After.")
    {
        Kind = FailureKind.RateLimited,
        When = "This client sent too many requests in a minute, its address too many missing or wrong API keys, Cal.com's "
            + "rate limit for the key is spent, or this service's "
            + "own budget of calls to Cal.com is (`details` says which); `Retry-After` says when to retry.",
        Details = "Cal.com's rate limit for this API key is spent.",
    };

    public static readonly ErrorRow InternalServerError = new("INTERNAL_SERVER_ERROR", HttpStatusCode.InternalServerError, "An unexpected error occurred.")
    {
        When = "A fault of this service; the body carries no exception text, the log has the details.",
        Details = "The error has been logged.",
    };

    public static readonly ErrorRow UpstreamError = new("UPSTREAM_ERROR", HttpStatusCode.BadGateway, "Cal.com failed to process the request.")
    {
        Kind = FailureKind.CalComFailed,
        When = "Cal.com failed (5xx) or answered with something unreadable, and it has no such booking (or could not be asked).",
        Details = "Cal.com failed with HTTP 503.",
    };

    public static readonly ErrorRow UpstreamUnavailable = new("UPSTREAM_UNAVAILABLE", HttpStatusCode.ServiceUnavailable, "Cal.com cannot be reached right now.")
    {
        Kind = FailureKind.CalComUnreachable,
        When = "Cal.com could not be reached (connection refused, DNS, circuit open), or the connection dropped and it has no "
            + "such booking (or could not be asked).",
        Details = "Cal.com could not be reached (the booking request).",
    };

    public static readonly ErrorRow UpstreamTimeout = new("UPSTREAM_TIMEOUT", HttpStatusCode.GatewayTimeout, "Cal.com did not answer in time.")
    {
        Kind = FailureKind.CalComTimedOut,
        When = "Cal.com did not answer in time, and it has no such booking (or could not be asked).",
        Details = "Cal.com did not answer the booking request in time.",
    };

    public static readonly ErrorRow IdempotencyUnavailable = new("IDEMPOTENCY_UNAVAILABLE", HttpStatusCode.ServiceUnavailable, "Idempotency keys cannot be checked right now.")
    {
        Kind = FailureKind.IdempotencyStoreUnavailable,
        When = "`Idempotency__Redis` is set but Redis cannot be reached; nothing was done.",
        Details = "The shared idempotency store is unreachable; nothing was done. Retry later.",
        DocumentedOn = IsIdempotent,
        CountsAsFailedBooking = false,
    };

    public static IReadOnlyList<ErrorRow> All { get; } =
    [
        Validation, AuthenticationError, Unauthorized, NotFound, EventTypeNotFound, BookingNotFound, BookingNotCancellable,
        BookingNotReschedulable, MethodNotAllowed, SlotUnavailable, IdempotencyKeyInUse, PayloadTooLarge, UnsupportedMediaType,
        IdempotencyKeyMismatch, RateLimited, InternalServerError, UpstreamError, UpstreamUnavailable, UpstreamTimeout,
        IdempotencyUnavailable,
    ];

    private static readonly Dictionary<FailureKind, ErrorRow> ByKind = All
        .Where(row => row.Kind is not null)
        .ToDictionary(row => row.Kind!.Value);

    /// <summary>The row of <paramref name="code"/>.</summary>
    public static ErrorRow Of(string code) => All.Single(row => row.Code == code);

    /// <summary>
    /// What a client receives for <paramref name="exception"/>: its failure kind's row with the failure's own details,
    /// a 400 or 413 for a body the server could not read, and a 500 without exception text for anything else.
    /// </summary>
    public static ApiError For(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (FailureException.Of(exception) is { } failure)
        {
            object details = failure.Kind == FailureKind.InvalidRequest
                ? failure.Errors.Select(error => new FieldErrorResponse(error.Field, error.Message)).ToArray()
                : failure.Message;
            return ByKind[failure.Kind].ToApiError(details, failure.RetryAfter);
        }

        return exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => PayloadTooLarge.ToApiError(),
            BadHttpRequestException badRequest => Invalid("body", $"The request could not be read ({badRequest.StatusCode})."),
            _ => InternalServerError.ToApiError(),
        };
    }

    /// <summary>A <see cref="Validation"/> error for fields the HTTP edge found invalid.</summary>
    public static ApiError Invalid(IEnumerable<FieldErrorResponse> errors) => Validation.ToApiError(errors.ToArray());

    public static ApiError Invalid(string field, string message) => Invalid([new FieldErrorResponse(field, message)]);

    /// <summary>The rows <paramref name="description"/> documents for <paramref name="status"/>.</summary>
    public static IEnumerable<ErrorRow> DocumentedFor(ApiDescription description, int status) =>
        All.Where(row => row.StatusCode == status && !row.RouteLevel && row.DocumentedOn(description));

    private static bool IsIdempotent(ApiDescription description) =>
        description.ActionDescriptor.EndpointMetadata.OfType<IdempotentAttribute>().Any();

    private static bool PathStartsWith(ApiDescription description, string prefix) =>
        description.RelativePath?.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) == true;

    private static bool PathEndsWith(ApiDescription description, string suffix) =>
        description.RelativePath?.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) == true;
}
