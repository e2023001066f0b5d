using System.Buffers;
using System.Text;
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
                Body = body,
                ResponseStatus = fault?.SuppressedResponse == true ? null : context.Response.StatusCode,
                Fault = fault?.Kind,
            });
        }
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
