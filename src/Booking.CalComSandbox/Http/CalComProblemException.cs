using System.Text.Json.Nodes;

namespace Booking.CalComSandbox.Http;

/// <summary>An expected failure that Cal.com answers with a specific status, message and body shape.</summary>
internal sealed class CalComProblemException : Exception
{
    public CalComProblemException(int statusCode, string message, ErrorShape shape = ErrorShape.Envelope, JsonNode? details = null)
        : base(message)
    {
        StatusCode = statusCode;
        Shape = shape;
        Details = details;
    }

    public int StatusCode { get; }

    public ErrorShape Shape { get; }

    /// <summary>Overrides the envelope's <c>error.details</c>; by default it is Nest's <c>{message, error, statusCode}</c>.</summary>
    public JsonNode? Details { get; }

    /// <summary>The fixed <c>error.code</c> of a <see cref="ErrorShape.CodedEnvelope"/>.</summary>
    public string? Code { get; private init; }

    public static CalComProblemException BadRequest(string message) => new(400, message);

    public static CalComProblemException NotFound(string message) => new(404, message);

    /// <summary>What Cal.com's Prisma filter answers, e.g. 409 <c>CONFLICT</c> for a unique constraint.</summary>
    public static CalComProblemException Coded(int statusCode, string code, string message) =>
        new(statusCode, message, ErrorShape.CodedEnvelope) { Code = code };
}
