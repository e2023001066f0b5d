using Booking.CalComSandbox.Http;
using Booking.CalComSandbox.Output;

namespace Booking.CalComSandbox.Endpoints;

internal static class Responses
{
    public static IResult Success<T>(T data, int statusCode = StatusCodes.Status200OK) =>
        Results.Json(new SuccessResponse<T>(data), SandboxJson.Options, statusCode: statusCode);

    public static void RequireAuthentication(HttpContext context)
    {
        if (SandboxCaller.Of(context).IsAnonymous)
        {
            throw new CalComProblemException(StatusCodes.Status403Forbidden, CalComMessages.NoAuthenticationForPermissions);
        }
    }

    /// <summary>Cal.com's <c>ApiAuthGuard</c> on a route without a permissions guard (e.g. webhooks): 401, not 403.</summary>
    public static void RequireApiAuthentication(HttpContext context)
    {
        if (SandboxCaller.Of(context).IsAnonymous)
        {
            throw new CalComProblemException(StatusCodes.Status401Unauthorized, CalComMessages.NoAuthenticationProvided);
        }
    }

    /// <summary>What Nest answers for a route that has no controller in the requested API version.</summary>
    public static CalComProblemException NoRoute(HttpRequest request) =>
        new(
            StatusCodes.Status404NotFound,
            CalComMessages.CannotRoute(request.Method, request.Path + request.QueryString),
            ErrorShape.NestException);
}
