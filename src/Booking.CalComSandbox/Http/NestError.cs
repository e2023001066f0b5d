using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace Booking.CalComSandbox.Http;

/// <summary>Writes the bodies of errors that bypass Cal.com's envelope and reach Nest's default filter.</summary>
internal static class NestError
{
    /// <summary><c>{statusCode, message}</c>: a core <c>HttpError</c> or a plain <c>Error</c> (500).</summary>
    public static Task WriteHttpErrorAsync(HttpContext context, int statusCode, string message) =>
        SandboxJson.WriteAsync(context, statusCode, new JsonObject { ["statusCode"] = statusCode, ["message"] = message });

    /// <summary><c>{message, error, statusCode}</c>: one of Nest's built-in exceptions.</summary>
    public static Task WriteExceptionAsync(HttpContext context, int statusCode, string message) =>
        SandboxJson.WriteAsync(context, statusCode, Body(statusCode, message));

    public static JsonObject Body(int statusCode, string message) => new()
    {
        ["message"] = message,
        ["error"] = ReasonPhrases.GetReasonPhrase(statusCode),
        ["statusCode"] = statusCode,
    };
}
