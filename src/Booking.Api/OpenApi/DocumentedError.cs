using Booking.Api.Errors;
using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace Booking.Api.OpenApi;

/// <summary>
/// One code of the error table as the API documents it: when it happens, and a sample produced by the real mapping
/// code, so the documented status and message cannot drift from what clients receive.
/// </summary>
/// <param name="Code">The <c>error.code</c> value, from <see cref="ErrorCodes"/>.</param>
/// <param name="When">When a client gets it, in one sentence.</param>
/// <param name="Sample">The error as the API writes it.</param>
/// <param name="RouteLevel">
/// True for codes a request gets before it reaches an operation (no such route, wrong method); they are documented
/// for the whole API rather than on each operation.
/// </param>
public sealed record DocumentedError(string Code, string When, ApiError Sample, bool RouteLevel = false)
{
    public int Status => (int)Sample.Status;

    /// <summary>Which operations can answer this code (all that declare its status, unless narrowed).</summary>
    public Func<ApiDescription, bool> AppliesTo { get; init; } = _ => true;
}
