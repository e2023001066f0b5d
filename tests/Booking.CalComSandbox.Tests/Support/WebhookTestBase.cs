using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Booking.CalComSandbox.Tests.Support;

/// <summary>A sandbox plus a real receiver on 127.0.0.1; every test starts with no webhooks and an empty receiver.</summary>
public abstract class WebhookTestBase : SandboxTestBase
{
    protected const string Secret = "whsec-test-3f9a";
    protected const string Start = "2030-01-08T13:00:00Z";

    /// <summary>Long enough for a receiver that answers at once, short enough for a test of one that never does.</summary>
    protected static readonly TimeSpan WebhookTimeout = TimeSpan.FromSeconds(1);

    internal WebhookReceiver Receiver { get; private set; } = null!;

    protected override SandboxOptions CreateOptions() => base.CreateOptions() with { WebhookTimeout = WebhookTimeout };

    [OneTimeSetUp]
    public async Task StartReceiverAsync() => Receiver = await WebhookReceiver.StartAsync();

    [OneTimeTearDown]
    public async Task StopReceiverAsync() => await Receiver.DisposeAsync();

    [SetUp]
    public async Task RemoveWebhooksAsync()
    {
        Receiver.Reset();
        using var list = await WebhooksApiAsync(HttpMethod.Get, "/v2/webhooks");
        foreach (var webhook in (await ReadJsonAsync(list))["data"]!.AsArray())
        {
            using var deleted = await WebhooksApiAsync(HttpMethod.Delete, $"/v2/webhooks/{(string)webhook!["id"]!}");
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    /// <summary>A /v2/webhooks call with the sandbox key and no cal-api-version (none is needed).</summary>
    protected Task<HttpResponseMessage> WebhooksApiAsync(HttpMethod method, string path, JsonNode? body = null, string? rawBody = null) =>
        SendAsync(method, path, body, version: null, apiKey: Server.ApiKey, rawBody: rawBody);

    protected async Task<JsonNode> CreateWebhookOkAsync(JsonObject body)
    {
        using var response = await WebhooksApiAsync(HttpMethod.Post, "/v2/webhooks", body);
        var json = await ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), json.ToJsonString());
        return json["data"]!;
    }

    /// <summary>Subscribes the receiver's <paramref name="path"/> to the booking triggers.</summary>
    protected Task<JsonNode> SubscribeReceiverAsync(string path = "/hook", string? secret = Secret, params string[] triggers) =>
        CreateWebhookOkAsync(WebhookBody(Receiver.UrlOf(path), secret, triggers));

    protected static JsonObject WebhookBody(string url, string? secret = Secret, params string[] triggers)
    {
        var body = new JsonObject
        {
            ["subscriberUrl"] = url,
            ["triggers"] = new JsonArray([.. (triggers.Length > 0 ? triggers : BookingTriggers).Select(t => JsonValue.Create(t))]),
            ["active"] = true,
        };
        if (secret is not null)
        {
            body["secret"] = secret;
        }

        return body;
    }

    protected static readonly string[] BookingTriggers =
        ["BOOKING_CREATED", "BOOKING_REQUESTED", "BOOKING_RESCHEDULED", "BOOKING_CANCELLED", "BOOKING_REJECTED"];

    /// <summary>The receiver's own check of Cal.com's signature: lowercase hex HMAC-SHA256 of the exact bytes received.</summary>
    internal static string ExpectedSignature(string secret, ReceivedRequest request) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), request.Body));

    protected async Task<JsonNode> HostActionOkAsync(string uid, string action, JsonObject? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await SendAsync(HttpMethod.Post, $"/_sandbox/bookings/{uid}/{action}", body ?? new JsonObject());
        var json = await ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(expected), json.ToJsonString());
        return json["data"]!;
    }

    protected async Task<JsonArray> DeliveriesAsync()
    {
        using var response = await SendAsync(HttpMethod.Get, "/_sandbox/webhook-deliveries");
        return (await ReadJsonAsync(response))["deliveries"]!.AsArray();
    }

    /// <summary>Lets a stray late request arrive before a test asserts that none did.</summary>
    protected static Task SettleAsync() => Task.Delay(300);
}
