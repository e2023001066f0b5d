using System.Net;
using Booking.Application.Common.Failures;
using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace Booking.Api.Errors;

/// <summary>
/// One row of <see cref="ErrorTable"/>: a code clients branch on, with its status and message, when it happens, where
/// it is documented, and whether it counts as a failed booking.
/// </summary>
/// <param name="Code">The stable <c>error.code</c>.</param>
/// <param name="Status">The HTTP status it is answered with.</param>
/// <param name="Message">The <c>error.message</c>; <c>details</c> says what happened in this case.</param>
public sealed record ErrorRow(string Code, HttpStatusCode Status, string Message)
{
    /// <summary>The application failure this row answers; null for errors the HTTP edge produces itself.</summary>
    public FailureKind? Kind { get; init; }

    /// <summary>When a client gets it, in one sentence (the OpenAPI document shows it).</summary>
    public required string When { get; init; }

    /// <summary>The <c>details</c> when nothing more specific is known; also the example in the OpenAPI document.</summary>
    public required object Details { get; init; }

    /// <summary>Which operations can answer with it: all that declare its status, unless narrowed.</summary>
    public Func<ApiDescription, bool> DocumentedOn { get; init; } = _ => true;

    /// <summary>True for errors a request gets before it reaches an operation; they are documented for the whole API.</summary>
    public bool RouteLevel { get; init; }

    /// <summary>Whether a booking request (reserve, reschedule) that ends with it counts as a failed booking.</summary>
    public bool CountsAsFailedBooking { get; init; } = true;

    public int StatusCode => (int)Status;

    public ApiError ToApiError(object? details = null, TimeSpan? retryAfter = null) =>
        new(Status, Code, Message, details ?? Details) { RetryAfter = retryAfter };
}
