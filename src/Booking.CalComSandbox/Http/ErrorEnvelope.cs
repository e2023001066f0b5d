using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace Booking.CalComSandbox.Http;

/// <summary>Writes Cal.com's error envelope, the body of every <c>HttpException</c> through its filter.</summary>
internal static class ErrorEnvelope
{
    public static Task WriteAsync(HttpContext context, int statusCode, string message, JsonNode? details = null, string? code = null) =>
        WriteBodyAsync(context, statusCode, new JsonObject
        {
            ["code"] = code ?? ExceptionNameOf(statusCode),
            ["message"] = message,
            ["details"] = details ?? NestError.Body(statusCode, message),
        });

    /// <summary>The Prisma and Zod filters' envelope: a fixed code and no <c>details</c>.</summary>
    public static Task WriteCodedAsync(HttpContext context, int statusCode, string code, string message) =>
        WriteBodyAsync(context, statusCode, new JsonObject { ["code"] = code, ["message"] = message });

    private static Task WriteBodyAsync(HttpContext context, int statusCode, JsonObject error)
    {
        var body = new JsonObject
        {
            ["status"] = "error",
            ["timestamp"] = SandboxJson.Utc(context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()),
            ["path"] = context.Request.Path.Value,
            ["error"] = error,
        };
        return SandboxJson.WriteAsync(context, statusCode, body);
    }

    private static string ExceptionNameOf(int statusCode) => statusCode switch
    {
        400 => "BadRequestException",
        401 => "UnauthorizedException",
        403 => "ForbiddenException",
        404 => "NotFoundException",
        409 => "ConflictException",
        422 => "UnprocessableEntityException",
        429 => "ThrottlerException",
        _ => ReasonPhrases.GetReasonPhrase(statusCode).Replace(" ", "", StringComparison.Ordinal) + "Exception",
    };
}
