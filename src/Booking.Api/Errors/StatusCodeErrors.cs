using System.Net;

namespace Booking.Api.Errors;

/// <summary>Envelopes for responses the framework ends with a bare status code (unknown route, wrong method, …).</summary>
public static class StatusCodeErrors
{
    public static ApiError For(int statusCode) => statusCode switch
    {
        StatusCodes.Status404NotFound => new ApiError(HttpStatusCode.NotFound, ErrorCodes.NotFound,
            "No such route.", "See /docs or /openapi/v1.json for the routes this API serves."),
        StatusCodes.Status405MethodNotAllowed => new ApiError(HttpStatusCode.MethodNotAllowed, ErrorCodes.MethodNotAllowed,
            "This route does not accept that method.", "The Allow header lists the methods it accepts."),
        StatusCodes.Status413PayloadTooLarge => new ApiError(HttpStatusCode.RequestEntityTooLarge, ErrorCodes.PayloadTooLarge,
            "The request body is too large.", "Send at most 64 KiB."),
        StatusCodes.Status415UnsupportedMediaType => new ApiError(HttpStatusCode.UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
            "Unsupported content type.", "Send the body as JSON in UTF-8 with Content-Type: application/json (no other charset)."),
        StatusCodes.Status400BadRequest => ApiError.Validation("body", "The request is malformed."),
        _ => new ApiError((HttpStatusCode)statusCode, ErrorCodes.InternalServerError,
            "The request could not be served.", $"HTTP {statusCode}"),
    };
}
