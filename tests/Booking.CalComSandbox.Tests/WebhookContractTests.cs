using System.Net;
using System.Text.Json.Nodes;
using Booking.CalComSandbox.Tests.Support;

namespace Booking.CalComSandbox.Tests;

/// <summary>The webhook routes' answers against Cal.com's own OpenAPI file (with the corrections in <see cref="CalComOpenApi"/>).</summary>
public sealed class WebhookContractTests : WebhookTestBase
{
    private CalComOpenApi _spec = null!;

    [OneTimeSetUp]
    public void LoadCalComSpec() => _spec = CalComOpenApi.LoadOrIgnore();

    [TestCase(true)]
    [TestCase(false)]
    public async Task Create_MatchesUserWebhookOutputResponseDto(bool withSecretAndTemplate)
    {
        var body = WebhookBody(Receiver.UrlOf("/hook"), withSecretAndTemplate ? Secret : null);
        if (withSecretAndTemplate)
        {
            body["payloadTemplate"] = "{\"t\":\"{{title}}\"}";
        }

        using var response = await WebhooksApiAsync(HttpMethod.Post, "/v2/webhooks", body);

        await AssertMatchesAsync(response, HttpStatusCode.Created, "UserWebhookOutputResponseDto");
    }

    [Test]
    public async Task GetUpdateDelete_MatchUserWebhookOutputResponseDto()
    {
        var id = (string)(await SubscribeReceiverAsync())["id"]!;

        using var get = await WebhooksApiAsync(HttpMethod.Get, $"/v2/webhooks/{id}");
        await AssertMatchesAsync(get, HttpStatusCode.OK, "UserWebhookOutputResponseDto");
        using var update = await WebhooksApiAsync(HttpMethod.Patch, $"/v2/webhooks/{id}", new JsonObject { ["active"] = false });
        await AssertMatchesAsync(update, HttpStatusCode.OK, "UserWebhookOutputResponseDto");
        using var delete = await WebhooksApiAsync(HttpMethod.Delete, $"/v2/webhooks/{id}");
        await AssertMatchesAsync(delete, HttpStatusCode.OK, "UserWebhookOutputResponseDto");
    }

    [Test]
    public async Task List_MatchesUserWebhooksOutputResponseDto()
    {
        await SubscribeReceiverAsync("/a");
        await SubscribeReceiverAsync("/b", secret: null);

        using var response = await WebhooksApiAsync(HttpMethod.Get, "/v2/webhooks");

        await AssertMatchesAsync(response, HttpStatusCode.OK, "UserWebhooksOutputResponseDto");
    }

    [Test]
    public void Validator_RejectsAWebhookThatBreaksTheSchema()
    {
        var broken = new JsonObject
        {
            ["status"] = "success",
            ["data"] = new JsonObject { ["id"] = 5, ["triggers"] = new JsonArray(1), ["active"] = "yes" },
        };

        Assert.That(_spec.Validate("UserWebhookOutputResponseDto", broken).IsValid, Is.False);
    }

    private async Task AssertMatchesAsync(HttpResponseMessage response, HttpStatusCode expectedStatus, string schemaName)
    {
        var json = await ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(expectedStatus), json.ToJsonString());
        var results = _spec.Validate(schemaName, json);
        Assert.That(results.IsValid, Is.True, $"{schemaName}:{Environment.NewLine}{CalComOpenApi.Describe(results)}{Environment.NewLine}{json.ToJsonString()}");
    }
}
