using System.Text;
using Booking.Infrastructure.Logging;
using Microsoft.Extensions.Logging;

namespace Booking.Infrastructure.CalCom.Http;

/// <summary>
/// At Debug level, logs every Cal.com exchange (one attempt each) with the key, emails, phone numbers and
/// names redacted. At any other level it passes requests straight through and costs nothing.
/// </summary>
internal sealed partial class CalComTrafficLoggingHandler(
    ILogger<CalComTrafficLoggingHandler> logger,
    TimeProvider timeProvider) : DelegatingHandler
{
    private const int MaxLoggedBodyLength = 4096;
    private const string RequestIdHeader = "X-Request-Id";
    private static readonly string[] SecretHeaders = ["Authorization", "Proxy-Authorization", "Cookie", "x-cal-secret-key"];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        logger.IsEnabled(LogLevel.Debug)
            ? SendAndLogAsync(request, cancellationToken)
            : base.SendAsync(request, cancellationToken);

    private async Task<HttpResponseMessage> SendAndLogAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var target = SensitiveDataRedactor.RedactUrl(request.RequestUri?.PathAndQuery ?? string.Empty);
        var requestBody = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        LogRequest(logger, request.Method, target, DescribeHeaders(request), ForLog(requestBody));

        var started = timeProvider.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);

            // Buffered so the gateway can still read the body after we did.
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            var responseBody = await response.Content.ReadAsStringAsync(cancellationToken);
            var requestId = response.Headers.TryGetValues(RequestIdHeader, out var ids) ? ids.FirstOrDefault() : null;

            LogResponse(logger, request.Method, target, (int)response.StatusCode, ElapsedMilliseconds(started), requestId, ForLog(responseBody));
            return response;
        }
        catch (Exception failure)
        {
            LogFailure(logger, request.Method, target, ElapsedMilliseconds(started), failure.GetType().Name);
            throw;
        }
    }

    private long ElapsedMilliseconds(long started) => (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;

    private static string DescribeHeaders(HttpRequestMessage request)
    {
        var description = new StringBuilder();
        var headers = request.Content is null ? request.Headers : request.Headers.Concat(request.Content.Headers);
        foreach (var (name, values) in headers)
        {
            var value = SecretHeaders.Contains(name, StringComparer.OrdinalIgnoreCase)
                ? "[redacted]"
                : SensitiveDataRedactor.Redact(string.Join(", ", values));
            description.Append(name).Append(": ").Append(value).Append("; ");
        }

        return description.ToString();
    }

    // Redact before truncating, so a cut cannot leave half an email behind.
    private static string ForLog(string body)
    {
        var redacted = SensitiveDataRedactor.Redact(body);
        return redacted.Length <= MaxLoggedBodyLength ? redacted : string.Concat(redacted.AsSpan(0, MaxLoggedBodyLength), "…[truncated]");
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Cal.com request {Method} {Target} headers {Headers} body {Body}")]
    private static partial void LogRequest(ILogger logger, HttpMethod method, string target, string headers, string body);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Cal.com response {StatusCode} to {Method} {Target} in {ElapsedMs} ms (X-Request-Id {CalComRequestId}) body {Body}")]
    private static partial void LogResponse(ILogger logger, HttpMethod method, string target, int statusCode, long elapsedMs, string? calComRequestId, string body);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Cal.com request {Method} {Target} failed after {ElapsedMs} ms: {FailureType}")]
    private static partial void LogFailure(ILogger logger, HttpMethod method, string target, long elapsedMs, string failureType);
}
