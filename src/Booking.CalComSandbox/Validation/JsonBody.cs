using System.Text.Json;
using Booking.CalComSandbox.Http;

namespace Booking.CalComSandbox.Validation;

internal static class JsonBody
{
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement;

    /// <summary>Reads the body as JSON; an empty body reads as <c>{}</c>, malformed JSON fails like Nest's body parser.</summary>
    public static async Task<JsonElement> ReadAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        if (buffer.Length == 0)
        {
            return EmptyObject;
        }

        try
        {
            using var document = JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
            return document.RootElement.Clone();
        }
        catch (JsonException malformed)
        {
            throw new CalComProblemException(
                StatusCodes.Status400BadRequest,
                $"Unexpected token in JSON at position {malformed.BytePositionInLine ?? 0}",
                ErrorShape.NestException);
        }
    }

    public static IEnumerable<ValidationError> UnknownProperties(JsonElement body, IReadOnlySet<string> allowed) =>
        body.EnumerateObject()
            .Where(p => !allowed.Contains(p.Name))
            .Select(p => ValidationError.UnknownProperty(p.Name));
}
