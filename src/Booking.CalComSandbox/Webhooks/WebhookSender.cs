using System.Net.Http.Headers;

namespace Booking.CalComSandbox.Webhooks;

/// <summary>
/// One POST per delivery, as Cal.com's <c>_sendPayload</c> makes it: redirects are not followed (a 3xx is just the
/// answer), the answer's body is not read, and nothing is retried. Unlike Cal.com's fetch, every send has a deadline,
/// because the booking request waits for it and a receiver that never answers must not hang the sandbox.
/// </summary>
internal sealed class WebhookSender(SandboxOptions options) : IDisposable
{
    public const string VersionHeaderName = "X-Cal-Webhook-Version";

    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(1),

        // Cal.com's fetch sends no trace headers; .NET would add traceparent by default.
        ActivityHeadersPropagator = null,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public async Task<WebhookAnswer> SendAsync(string subscriberUrl, string version, WebhookMessage message, string signature)
    {
        if (!Uri.TryCreate(subscriberUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return WebhookAnswer.Failed("the subscriber URL is not an absolute http(s) URL");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(message.Body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(message.ContentType);
        request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, signature);
        request.Headers.TryAddWithoutValidation(VersionHeaderName, version);
        using var deadline = new CancellationTokenSource(options.WebhookTimeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            return WebhookAnswer.Of((int)response.StatusCode);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            return WebhookAnswer.Failed($"no answer within {options.WebhookTimeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException failure)
        {
            return WebhookAnswer.Failed($"request failed ({failure.HttpRequestError})");
        }
    }

    public void Dispose() => _http.Dispose();
}
