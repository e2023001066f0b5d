using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Booking.Api.Errors;
using Microsoft.AspNetCore.Mvc.Formatters;

namespace Booking.Api.Hosting;

/// <summary>
/// Reads JSON bodies with MVC's System.Text.Json formatter, in UTF-8 only (RFC 8259: JSON between systems is UTF-8). A
/// body declared in another charset is refused with 415 before anything decodes it, and bytes that are not UTF-8 are a
/// 400 naming the body: neither can reach a decoder that throws (a UTF-16 body of odd length used to be a 500). When the
/// body has unknown properties, every one is reported, each with the known property it was probably meant to be.
/// </summary>
public sealed class Utf8JsonInputFormatter : TextInputFormatter
{
    private readonly SystemTextJsonInputFormatter json;

    public Utf8JsonInputFormatter(SystemTextJsonInputFormatter json)
    {
        ArgumentNullException.ThrowIfNull(json);
        this.json = json;
        foreach (var mediaType in json.SupportedMediaTypes)
        {
            SupportedMediaTypes.Add(mediaType);
        }

        SupportedEncodings.Add(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
    }

    public override async Task<InputFormatterResult> ReadRequestBodyAsync(InputFormatterContext context, Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.HttpContext.Request;
        if (!request.Body.CanSeek)
        {
            request.EnableBuffering(bufferThreshold: RequestLimits.MaxBodyBytes);
        }

        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, context.HttpContext.RequestAborted);
        request.Body.Position = 0;

        if (!Utf8.IsValid(body.GetBuffer().AsSpan(0, (int)body.Length)))
        {
            context.ModelState.TryAddModelError("body", new RejectedBodyFieldException("body", "The request body is not valid UTF-8."), context.Metadata);
            return await InputFormatterResult.FailureAsync();
        }

        var result = await json.ReadRequestBodyAsync(context, encoding);
        if (result.HasError)
        {
            ReportEveryUnknownProperty(context, body.GetBuffer().AsMemory(0, (int)body.Length));
        }

        return result;
    }

    /// <summary>The reader names only the first unknown property; the client gets all of them, with suggestions.</summary>
    private void ReportEveryUnknownProperty(InputFormatterContext context, ReadOnlyMemory<byte> body)
    {
        var firstUnknown = context.ModelState
            .Where(entry => entry.Value!.Errors.Any(error => IsUnknownProperty(error.Exception)))
            .Select(entry => entry.Key)
            .FirstOrDefault();
        var unknown = firstUnknown is null ? [] : UnknownJsonProperties.Find(body, context.ModelType, json.SerializerOptions);
        if (unknown.Count == 0)
        {
            return;
        }

        context.ModelState.Remove(firstUnknown!);
        foreach (var property in unknown)
        {
            var message = property.Suggestion is null
                ? $"{property.Field} is not a known property."
                : $"{property.Field} is not a known property; did you mean {property.Suggestion}?";
            context.ModelState.TryAddModelError(property.Field, new RejectedBodyFieldException(property.Field, message), context.Metadata);
        }
    }

    private static bool IsUnknownProperty(Exception? exception) =>
        (exception as JsonException ?? exception?.InnerException as JsonException) is { } json && ModelStateErrors.IsUnknownProperty(json);
}
