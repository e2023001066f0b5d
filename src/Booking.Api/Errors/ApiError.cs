using System.Net;
using Booking.Api.Contracts.Errors;

namespace Booking.Api.Errors;

/// <summary>An error ready to be written: status, code, message and details. <see cref="RetryAfter"/> becomes a header.</summary>
public sealed record ApiError(HttpStatusCode Status, string Code, string Message, object Details)
{
    public TimeSpan? RetryAfter { get; init; }

    public static ApiError Validation(IEnumerable<FieldErrorResponse> errors) =>
        new(HttpStatusCode.BadRequest, ErrorCodes.ValidationError, "The request is invalid.", errors.ToArray());

    public static ApiError Validation(string field, string message) => Validation([new FieldErrorResponse(field, message)]);
}
