using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Booking.CalComSandbox.Http;

namespace Booking.CalComSandbox.Faults;

internal sealed class RequestLogMiddleware(RequestDelegate next, RequestLog log, TimeProvider time)
{
    private const int MaxLoggedBodyChars = 16 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var at = SandboxJson.Utc(time.GetUtcNow());
        var body = await ReadBodyAsync(request);
        try
        {
            await next(context);
        }
        finally
        {
            var fault = context.Features.Get<AppliedFault>();
            log.Add(new RequestLogEntry
            {
                At = at,
                Method = request.Method,
                Path = request.Path.Value ?? "",
                Query = request.QueryString.Value ?? "",
                CalApiVersion = request.Headers[ApiVersions.HeaderName].FirstOrDefault(),
                HasAuthorization = request.Headers.ContainsKey("Authorization"),
                CorrelationId = request.Headers["x-correlation-id"].FirstOrDefault(),
                Body = WithoutSecret(body),
                ResponseStatus = fault?.SuppressedResponse == true ? null : context.Response.StatusCode,
                Fault = fault?.Kind,
            });
        }
    }

    /// <summary>A webhook's <c>secret</c> (POST/PATCH /v2/webhooks) is replaced, so the log never shows it.</summary>
    private static string? WithoutSecret(string? body)
    {
        if (body is null || !body.Contains("\"secret\"", StringComparison.Ordinal))
        {
            return body;
        }

        try
        {
            if (JsonNode.Parse(body) is JsonObject json && json.ContainsKey("secret"))
            {
                json["secret"] = "[redacted]";
                return json.ToJsonString(SandboxJson.Options);
            }
        }
        catch (JsonException)
        {
            // Not JSON (or cut at the log's size limit): keep nothing that might be the secret.
            return "[redacted: unparseable body mentioning a secret]";
        }

        return body;
    }

    private static async Task<string?> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength is 0 || !(HttpMethods.IsPost(request.Method) || HttpMethods.IsPatch(request.Method) || HttpMethods.IsPut(request.Method)))
        {
            return null;
        }

        request.EnableBuffering();
        using var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var buffer = ArrayPool<char>.Shared.Rent(MaxLoggedBodyChars);
        try
        {
            var read = await reader.ReadBlockAsync(buffer.AsMemory(0, MaxLoggedBodyChars), request.HttpContext.RequestAborted);
            return read == 0 ? null : new string(buffer, 0, read);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
            request.Body.Position = 0;
        }
    }
}
