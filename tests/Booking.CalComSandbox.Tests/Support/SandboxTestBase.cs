using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Booking.CalComSandbox.Tests.Support;

/// <summary>One sandbox per fixture on a real loopback port, reset before every test, with a frozen clock.</summary>
public abstract class SandboxTestBase
{
    /// <summary>Tuesday 1 January 2030, midnight UTC.</summary>
    protected static readonly DateTimeOffset Now = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    protected CalComSandboxServer Server { get; private set; } = null!;

    protected HttpClient Http { get; private set; } = null!;

    internal TestClock Clock { get; } = new(Now);

    protected virtual SandboxOptions CreateOptions() => new() { TimeProvider = Clock, RateLimitPerWindow = 100_000 };

    [OneTimeSetUp]
    public async Task StartSandboxAsync()
    {
        Server = await CalComSandboxServer.StartAsync(CreateOptions());
        Http = new HttpClient { BaseAddress = Server.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
    }

    [OneTimeTearDown]
    public async Task StopSandboxAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }

    [SetUp]
    public async Task ResetSandboxAsync()
    {
        Clock.Set(Now);
        using var response = await Http.PostAsync(new Uri("_sandbox/reset", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
    }

    protected Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, JsonNode? body = null, string? version = null, string? apiKey = null, string? rawBody = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path.TrimStart('/'), UriKind.Relative));
        if (version is not null)
        {
            request.Headers.Add("cal-api-version", version);
        }

        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        var content = rawBody ?? body?.ToJsonString();
        if (content is not null)
        {
            request.Content = new StringContent(content, Encoding.UTF8, "application/json");
        }

        return SendAndDisposeRequestAsync(request);
    }

    protected Task<HttpResponseMessage> CreateBookingAsync(JsonObject body, string? apiKey = null) =>
        SendAsync(HttpMethod.Post, "/v2/bookings", body, Versions.Bookings, apiKey);

    protected async Task<JsonNode> CreateBookingOkAsync(JsonObject body)
    {
        using var response = await CreateBookingAsync(body);
        var json = await ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), json.ToJsonString());
        return json["data"]!;
    }

    protected async Task<int> BookingCountAsync()
    {
        using var response = await SendAsync(HttpMethod.Get, "/_sandbox/bookings/count");
        return (int)(await ReadJsonAsync(response))["count"]!;
    }

    protected Task QueueFaultAsync(JsonObject fault) => PostOkAsync("/_sandbox/faults", fault);

    protected static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new AssertionException("Empty JSON body.");

    /// <summary>Asserts Cal.com's error envelope and returns its <c>error.message</c>.</summary>
    protected static async Task<string> AssertEnvelopeAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var json = await ReadJsonAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(status), json.ToJsonString());
            Assert.That((string?)json["status"], Is.EqualTo("error"));
            Assert.That((string?)json["path"], Is.EqualTo(response.RequestMessage!.RequestUri!.AbsolutePath));
            Assert.That((string?)json["timestamp"], Is.Not.Null);
            Assert.That((string?)json["error"]!["code"], Is.EqualTo(code));
        });
        return (string)json["error"]!["message"]!;
    }

    protected static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private async Task PostOkAsync(string path, JsonNode body)
    {
        using var response = await SendAsync(HttpMethod.Post, path, body);
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> SendAndDisposeRequestAsync(HttpRequestMessage request)
    {
        using (request)
        {
            return await Http.SendAsync(request);
        }
    }
}
