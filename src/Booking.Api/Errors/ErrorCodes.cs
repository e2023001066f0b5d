namespace Booking.Api.Errors;

/// <summary>The stable machine-readable codes of the error envelope. Clients branch on these.</summary>
public static class ErrorCodes
{
    public const string ValidationError = "VALIDATION_ERROR";
    public const string AuthenticationError = "AUTHENTICATION_ERROR";
    public const string Unauthorized = "UNAUTHORIZED";
    public const string NotFound = "NOT_FOUND";
    public const string EventTypeNotFound = "EVENT_TYPE_NOT_FOUND";
    public const string BookingNotFound = "BOOKING_NOT_FOUND";
    public const string BookingNotCancellable = "BOOKING_NOT_CANCELLABLE";
    public const string BookingNotReschedulable = "BOOKING_NOT_RESCHEDULABLE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string SlotUnavailable = "SLOT_UNAVAILABLE";
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string IdempotencyKeyInUse = "IDEMPOTENCY_KEY_IN_USE";
    public const string IdempotencyKeyMismatch = "IDEMPOTENCY_KEY_MISMATCH";
    public const string RateLimited = "RATE_LIMITED";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
    public const string UpstreamError = "UPSTREAM_ERROR";
    public const string UpstreamUnavailable = "UPSTREAM_UNAVAILABLE";
    public const string UpstreamTimeout = "UPSTREAM_TIMEOUT";
    public const string IdempotencyUnavailable = "IDEMPOTENCY_UNAVAILABLE";
}
