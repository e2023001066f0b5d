using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Booking.Smoke.Tests.Support;

/// <summary>Answers the smoke run's requests from a script keyed by "METHOD path-prefix", and records them.</summary>
public sealed class StubApi : HttpMessageHandler
{
    private readonly Dictionary<string, Queue<(HttpStatusCode Status, string Body)>> script = new(StringComparer.Ordinal);

    public List<string> Received { get; } = [];

    public StubApi On(string route, HttpStatusCode status, string body = "")
    {
        if (!script.TryGetValue(route, out var replies))
        {
            script[route] = replies = new Queue<(HttpStatusCode, string)>();
        }

        replies.Enqueue((status, body));
        return this;
    }

    public HttpClient Client() => new(this) { BaseAddress = new Uri("http://api.test/") };

    public static string Envelope(string code, string message) =>
        new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code, ["message"] = message, ["details"] = "", ["timestamp"] = "2030-01-01T00:00:00.000Z", ["correlationId"] = "x",
            },
        }.ToJsonString();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var route = $"{request.Method} {request.RequestUri!.AbsolutePath}";
        Received.Add(route);
        var match = script.Keys.Where(key => route.StartsWith(key, StringComparison.Ordinal)).MaxBy(key => key.Length);
        var (status, body) = match is not null && script[match].Count > 0
            ? script[match].Count > 1 ? script[match].Dequeue() : script[match].Peek()
            : (HttpStatusCode.NotFound, Envelope("NOT_FOUND", "No such route."));
        return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}
