using System.Net;

namespace Booking.Api.Errors;

/// <summary>An error ready to be written: status, code, message and details. <see cref="RetryAfter"/> becomes a header.</summary>
public sealed record ApiError(HttpStatusCode Status, string Code, string Message, object Details)
{
    public TimeSpan? RetryAfter { get; init; }
}
