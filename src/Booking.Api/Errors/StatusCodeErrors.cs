namespace Booking.Api.Errors;

/// <summary>Envelopes for responses the framework ends with a bare status code (unknown route, wrong method, …).</summary>
public static class StatusCodeErrors
{
    public static ApiError For(int statusCode) => statusCode switch
    {
        StatusCodes.Status404NotFound => ErrorTable.NotFound.ToApiError(),
        StatusCodes.Status405MethodNotAllowed => ErrorTable.MethodNotAllowed.ToApiError(),
        StatusCodes.Status413PayloadTooLarge => ErrorTable.PayloadTooLarge.ToApiError(),
        StatusCodes.Status415UnsupportedMediaType => ErrorTable.UnsupportedMediaType.ToApiError(),
        StatusCodes.Status400BadRequest => ErrorTable.Invalid("body", "The request is malformed."),
        _ => ErrorTable.InternalServerError.ToApiError($"HTTP {statusCode}") with
        {
            Status = (System.Net.HttpStatusCode)statusCode,
            Message = "The request could not be served.",
        },
    };
}
