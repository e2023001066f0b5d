using Booking.Api.Errors;
using Booking.Api.Idempotency;
using Booking.Api.Security;
using Booking.Application.Common.Exceptions;
using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace Booking.Api.OpenApi;

/// <summary>
/// Every code of <see cref="ErrorCodes"/>, with its meaning and a sample made by <see cref="ApiExceptionHandler"/>
/// or <see cref="StatusCodeErrors"/>. The OpenAPI document, its examples and the <c>error.code</c> enum come from
/// here; a test fails when a code in <see cref="ErrorCodes"/> has no row.
/// </summary>
public static class DocumentedErrors
{
    public static IReadOnlyList<DocumentedError> All { get; } =
    [
        new(ErrorCodes.ValidationError,
            "A field is missing or invalid, the JSON is malformed, has the wrong types or unknown properties, the body is empty; "
            + "or Cal.com refused the booking as invalid (its reason is in `details`, field `body`).",
            ApiExceptionHandler.ToApiError(new ValidationException(
                "attendee.email", "attendee.email must be a valid email address, e.g. jane@example.com."))),
        new(ErrorCodes.AuthenticationError,
            "Cal.com rejected the configured API key (401) or the key lacks the permissions (403).",
            ApiExceptionHandler.ToApiError(new CalComAuthenticationException("CustomThrottlerGuard - Invalid API Key"))),
        new(ErrorCodes.Unauthorized,
            "Inbound API keys are configured and `X-Api-Key` is missing or wrong.",
            ApiKeyAuthenticationMiddleware.MissingOrWrongKey),
        new(ErrorCodes.NotFound,
            "No such route.",
            StatusCodeErrors.For(StatusCodes.Status404NotFound),
            RouteLevel: true),
        new(ErrorCodes.EventTypeNotFound,
            "Cal.com does not know the event type.",
            ApiExceptionHandler.ToApiError(new EventTypeNotFoundException("Event type with id 9999999 not found")))
        {
            AppliesTo = SlotRoute,
        },
        new(ErrorCodes.BookingNotFound,
            "No booking has this reservation id.",
            ApiExceptionHandler.ToApiError(new BookingNotFoundException("Booking with uid fNjNdZPcD55W4xaxbKRtTZ not found")))
        {
            AppliesTo = BookingRoute,
        },
        new(ErrorCodes.BookingNotCancellable,
            "The booking has already ended, or its event type does not allow cancelling.",
            ApiExceptionHandler.ToApiError(new BookingNotCancellableException("The booking has already ended.")))
        {
            AppliesTo = description => PathEndsWith(description, "/cancel"),
        },
        new(ErrorCodes.BookingNotReschedulable,
            "The booking is cancelled, already rescheduled or rejected.",
            ApiExceptionHandler.ToApiError(new BookingNotReschedulableException("The booking is cancelled.")))
        {
            AppliesTo = description => PathEndsWith(description, "/reschedule"),
        },
        new(ErrorCodes.MethodNotAllowed,
            "The route does not take that method; `Allow` lists the ones it takes.",
            StatusCodeErrors.For(StatusCodes.Status405MethodNotAllowed),
            RouteLevel: true),
        new(ErrorCodes.SlotUnavailable,
            "The slot is taken, the host is not available, it is outside the booking window or notice period, "
            + "a concurrent booking won, or a booking limit is reached.",
            ApiExceptionHandler.ToApiError(new SlotUnavailableException(
                "User either already has booking at this time or is not available")))
        {
            AppliesTo = TakesASlot,
        },
        new(ErrorCodes.IdempotencyKeyInUse,
            "A request with the same `Idempotency-Key` is still running; retry after `Retry-After`.",
            IdempotencyMiddleware.InUse)
        {
            AppliesTo = Idempotent,
        },
        new(ErrorCodes.PayloadTooLarge,
            "The body is over 64 KiB.",
            StatusCodeErrors.For(StatusCodes.Status413PayloadTooLarge)),
        new(ErrorCodes.UnsupportedMediaType,
            "The body is not `application/json`, or it declares a charset other than UTF-8.",
            StatusCodeErrors.For(StatusCodes.Status415UnsupportedMediaType)),
        new(ErrorCodes.IdempotencyKeyMismatch,
            "The `Idempotency-Key` was used for a different request.",
            IdempotencyMiddleware.Mismatch)
        {
            AppliesTo = Idempotent,
        },
        new(ErrorCodes.RateLimited,
            "This client sent too many requests in a minute, its address too many missing or wrong API keys, Cal.com's rate "
            + "limit for the key is spent, or this service's "
            + "own budget of calls to Cal.com is (`details` says which); `Retry-After` says when to retry.",
            ApiExceptionHandler.ToApiError(new CalComRateLimitedException(TimeSpan.FromSeconds(60)))),
        new(ErrorCodes.InternalServerError,
            "A fault of this service; the body carries no exception text, the log has the details.",
            ApiExceptionHandler.ToApiError(new InvalidOperationException())),
        new(ErrorCodes.UpstreamError,
            "Cal.com failed (5xx) or answered with something unreadable, and it has no such booking (or could not be asked).",
            ApiExceptionHandler.ToApiError(new CalComUpstreamException("Cal.com failed with HTTP 503."))),
        new(ErrorCodes.UpstreamUnavailable,
            "Cal.com could not be reached (connection refused, DNS, circuit open), or the connection dropped and it has no "
            + "such booking (or could not be asked).",
            ApiExceptionHandler.ToApiError(new CalComUnavailableException("Cal.com could not be reached (the booking request)."))),
        new(ErrorCodes.UpstreamTimeout,
            "Cal.com did not answer in time, and it has no such booking (or could not be asked).",
            ApiExceptionHandler.ToApiError(new CalComTimeoutException("Cal.com did not answer the booking request in time."))),
        new(ErrorCodes.IdempotencyUnavailable,
            "`Idempotency__Redis` is set but Redis cannot be reached; nothing was done.",
            ApiExceptionHandler.ToApiError(new IdempotencyStoreUnavailableException(new TimeoutException())))
        {
            AppliesTo = Idempotent,
        },
    ];

    public static IEnumerable<DocumentedError> WithStatus(int status) => All.Where(error => error.Status == status);

    /// <summary>The codes <paramref name="description"/> can answer with <paramref name="status"/>.</summary>
    public static IEnumerable<DocumentedError> For(ApiDescription description, int status) =>
        WithStatus(status).Where(error => !error.RouteLevel && error.AppliesTo(description));

    private static bool SlotRoute(ApiDescription description) => PathStartsWith(description, "api/slots");

    private static bool BookingRoute(ApiDescription description) => PathStartsWith(description, "api/bookings/");

    // Booking, holding or rescheduling takes a slot someone else may have; cancelling and reading do not.
    private static bool TakesASlot(ApiDescription description) =>
        description.HttpMethod == HttpMethods.Post && !PathEndsWith(description, "/cancel");

    private static bool Idempotent(ApiDescription description) =>
        description.ActionDescriptor.EndpointMetadata.OfType<IdempotentAttribute>().Any();

    private static bool PathStartsWith(ApiDescription description, string prefix) =>
        description.RelativePath?.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) == true;

    private static bool PathEndsWith(ApiDescription description, string suffix) =>
        description.RelativePath?.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) == true;
}
