namespace Booking.CalComSandbox.Http;

internal static class CalComMessages
{
    public const string NotAvailable = "User either already has booking at this time or is not available";
    public const string InPast = "Attempting to book a meeting in the past.";
    public const string OutOfBounds =
        "The event type can't be booked at the \"start\" time provided. This could be because it's too soon (violating the minimum booking notice) or too far in the future (outside the event's booking window).";
    public const string BookingConflict = "booking_conflict_error";
    public const string NoAuthenticationForPermissions =
        "PermissionsGuard - no authentication provided. Provide either an API key or an access token.";
    public const string InvalidApiKey = "CustomThrottlerGuard - Invalid API Key";
    public const string InvalidAccessToken = "ApiAuthStrategy - access token - Invalid Access Token";
    public const string TooManyRequests = "CustomThrottlerGuard - Too many requests. Please try again later.";
    public const string InternalServerError = "Internal server error";
    public const string CancellationReasonRequiredForHost = "Cancellation reason is required when you are the host";
    public const string CannotCancelEndedBooking = "Cannot cancel a booking that has already ended";
    public const string MetadataLimits =
        "Metadata must have at most 50 keys, each key up to 40 characters, and string values up to 500 characters.";
    public const string MissingEventTypeIdentification =
        "Either eventTypeId or eventTypeSlug + username or eventTypeSlug + teamSlug must be provided";
    public const string NoAuthenticationProvided =
        "ApiAuthStrategy - No authentication method provided. Either pass an API key as 'Bearer' header or OAuth client credentials as 'x-cal-secret-key' and 'x-cal-client-id' headers";
    public const string BadRequestException = "Bad Request Exception";
    public const string WebhookUrlTaken = "Webhook with this subscriber url already exists for this user";
    public const string DelegationCredentialErrorTrigger =
        "DELEGATION_CREDENTIAL_ERROR trigger is only available for organization webhooks";
    public const string PrismaRecordExists = "Invalid Input: Trying to create a record that already exists.";
    public const string PrismaFailure = "There was an error, please try again later.";
    public const string PrismaRecordNotFound = "Invalid Query: The requested record was not found.";

    public static string EventTypeNotFound(int id) => $"Event type with id {id} not found.";

    public static string BookingNotFoundInDatabase(string uid) => $"Booking with uid={uid} was not found in the database";

    public static string BookingNotFound(string uid) => $"Booking with uid={uid} not found";

    public static string AlreadyCancelled(string uid) =>
        $"Can't cancel booking with uid={uid} because it has been cancelled already. Please provide uid of a booking that is not cancelled.";

    public static string CannotRescheduleCancelled(string uid) =>
        $"Can't reschedule booking with uid={uid} because it has been cancelled. Please provide uid of a booking that is not cancelled.";

    public static string LengthNotAllowed(int eventTypeId) =>
        $"Can't specify 'lengthInMinutes' because event type does not have multiple possible lengths. Please, remove the 'lengthInMinutes' field from the request or enable multiple lengths for event type with id={eventTypeId}.";

    public static string LengthNotAnOption(IEnumerable<int> options) =>
        $"Provided 'lengthInMinutes' is not one of the possible lengths for the event type. The possible lengths are: {string.Join(", ", options)}";

    public static string MissingBookingField(string slug) =>
        $"Missing required booking field response: {slug} - it is required by the event type booking fields.";

    public static string LocationNotValid(string type, int eventTypeId, IEnumerable<string> validTypes) =>
        $"Booking location with type {type} not valid for event type with id={eventTypeId}. The event type has following location types: {string.Join(", ", validTypes)}";

    public static string WebhookNotFound(string id) => $"Webhook ({id}) not found";

    public static string CannotRoute(string method, string pathAndQuery) => $"Cannot {method} {pathAndQuery}";
}
