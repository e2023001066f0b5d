using System.Net;
using System.Text.Json.Nodes;
using Booking.CalComSandbox.Tests.Support;

namespace Booking.CalComSandbox.Tests;

/// <summary>Cal.com's user-level <c>/v2/webhooks</c> routes, as the Booking API will call them to register its receiver.</summary>
public sealed class WebhookManagementTests : WebhookTestBase
{
    private const string Url = "https://receiver.example.com/calcom";

    [Test]
    public async Task Create_AnswersTheWebhookWithAUuidAndTheHostAsOwner()
    {
        var body = WebhookBody(Url, Secret, "BOOKING_CREATED", "BOOKING_CANCELLED").With("payloadTemplate", "{\"t\":\"{{title}}\"}");

        using var response = await WebhooksApiAsync(HttpMethod.Post, "/v2/webhooks", body);
        var json = await ReadJsonAsync(response);
        var data = json["data"]!;

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((string?)json["status"], Is.EqualTo("success"));
            Assert.That(Guid.TryParse((string?)data["id"], out _), Is.True, data.ToJsonString());
            Assert.That((string?)data["subscriberUrl"], Is.EqualTo(Url));
            Assert.That(data["triggers"]!.AsArray().Select(t => (string?)t), Is.EqualTo(new[] { "BOOKING_CREATED", "BOOKING_CANCELLED" }));
            Assert.That((bool?)data["active"], Is.True);
            Assert.That((string?)data["secret"], Is.EqualTo(Secret));
            Assert.That((string?)data["payloadTemplate"], Is.EqualTo("{\"t\":\"{{title}}\"}"));
            Assert.That((int?)data["userId"], Is.EqualTo(1001));
            Assert.That(data.AsObject().Select(p => p.Key), Is.EquivalentTo(new[] { "id", "payloadTemplate", "triggers", "subscriberUrl", "active", "secret", "userId" }));
        });
    }

    [Test]
    public async Task Create_WithoutSecretOrTemplate_StoresNullForBoth()
    {
        var data = await CreateWebhookOkAsync(WebhookBody(Url, secret: null));

        Assert.Multiple(() =>
        {
            Assert.That(data.AsObject().ContainsKey("secret") && data["secret"] is null, Is.True, data.ToJsonString());
            Assert.That(data.AsObject().ContainsKey("payloadTemplate") && data["payloadTemplate"] is null, Is.True, data.ToJsonString());
        });
    }

    [Test]
    public async Task Create_WithNoTriggers_IsAllowedAsInCalCom()
    {
        var data = await CreateWebhookOkAsync(WebhookBody(Url).With("triggers", new JsonArray()));

        Assert.That(data["triggers"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task Create_SameUrlTwice_Returns409AndKeepsOneWebhook()
    {
        await CreateWebhookOkAsync(WebhookBody(Url));

        using var second = await WebhooksApiAsync(HttpMethod.Post, "/v2/webhooks", WebhookBody(Url, "other-secret"));
        var message = await AssertEnvelopeAsync(second, HttpStatusCode.Conflict, "ConflictException");
        using var list = await WebhooksApiAsync(HttpMethod.Get, "/v2/webhooks");

        Assert.Multiple(async () =>
        {
            Assert.That(message, Is.EqualTo("Webhook with this subscriber url already exists for this user"));
            Assert.That((await ReadJsonAsync(list))["data"]!.AsArray(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Create_WithoutRequiredFields_Returns400WithClassValidatorErrors()
    {
        using var response = await WebhooksApiAsync(HttpMethod.Post, "/v2/webhooks", new JsonObject { ["secret"] = 5, ["unknown"] = "x" });
        var json = await ReadJsonAsync(response);
        var errors = json["error"]!["details"]!["errors"]!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)json["error"]!["code"], Is.EqualTo("BadRequestException"));
            Assert.That((string?)json["error"]!["message"], Is.EqualTo("Bad Request Exception"));
            Assert.That(errors.Select(e => (string?)e!["property"]), Is.EqualTo(new[] { "active", "subscriberUrl", "triggers", "secret" }));
            Assert.That((string?)errors[0]!["constraints"]!["isBoolean"], Is.EqualTo("active must be a boolean value"));
            Assert.That((string?)errors[1]!["constraints"]!["isString"], Is.EqualTo("subscriberUrl must be a string"));
            Assert.That((string?)errors[2]!["constraints"]!["isArray"], Is.EqualTo("triggers must be an array"));
            Assert.That((string?)errors[2]!["constraints"]!["isEnum"], Does.StartWith("each value in triggers must be one of the following values: BOOKING_CREATED, "));
            Assert.That((int?)errors[3]!["value"], Is.EqualTo(5));

            // The global ValidationPipe strips unknown properties instead of refusing them.
            Assert.That(errors[3]!["target"]!.AsObject().ContainsKey("unknown"), Is.False);
            Assert.That((int?)errors[3]!["target"]!["secret"], Is.EqualTo(5));
        });
    }

    [TestCase("BOOKING_CONFIRMED")]
    [TestCase("booking_created")]
    public async Task Create_WithUnknownTrigger_Returns400(string trigger)
    {
        using var response = await WebhooksApiAsync(HttpMethod.Post, "/v2/webhooks", WebhookBody(Url, Secret, "BOOKING_CREATED", trigger));
        var json = await ReadJsonAsync(response);
        var error = json["error"]!["details"]!["errors"]![0]!;

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)error["property"], Is.EqualTo("triggers"));
            Assert.That(error["constraints"]!.AsObject().Select(c => c.Key), Is.EqualTo(new[] { "isEnum" }));
        });
    }

    [Test]
    public async Task Create_WithUnknownVersion_Returns400()
    {
        using var response = await WebhooksApiAsync(HttpMethod.Post, "/v2/webhooks", WebhookBody(Url).With("version", "2024-01-01"));
        var json = await ReadJsonAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)json["error"]!["details"]!["errors"]![0]!["constraints"]!["isEnum"], Is.EqualTo("version must be one of the following values: 2021-10-20"));
        });
    }

    [Test]
    public async Task Create_WithOrganizationOnlyTrigger_Returns400()
    {
        using var response = await WebhooksApiAsync(HttpMethod.Post, "/v2/webhooks", WebhookBody(Url, Secret, "DELEGATION_CREDENTIAL_ERROR"));

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "BadRequestException");
        Assert.That(message, Is.EqualTo("DELEGATION_CREDENTIAL_ERROR trigger is only available for organization webhooks"));
    }

    [Test]
    public async Task Create_WithoutApiKey_Returns401()
    {
        using var response = await SendAsync(HttpMethod.Post, "/v2/webhooks", WebhookBody(Url));

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.Unauthorized, "UnauthorizedException");
        Assert.That(message, Does.StartWith("ApiAuthStrategy - No authentication method provided."));
    }

    [TestCase("GET", "/v2/webhooks")]
    [TestCase("GET", "/v2/webhooks/any-id")]
    [TestCase("PATCH", "/v2/webhooks/any-id")]
    [TestCase("DELETE", "/v2/webhooks/any-id")]
    public async Task EveryRoute_WithoutApiKey_Returns401(string method, string path)
    {
        using var response = await SendAsync(new HttpMethod(method), path, method == "PATCH" ? new JsonObject() : null);

        await AssertEnvelopeAsync(response, HttpStatusCode.Unauthorized, "UnauthorizedException");
    }

    [Test]
    public async Task Create_WithUnknownCalKey_Returns401FromTheThrottler()
    {
        using var response = await SendAsync(HttpMethod.Post, "/v2/webhooks", WebhookBody(Url), apiKey: "cal_unknown");

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.Unauthorized, "UnauthorizedException");
        Assert.That(message, Is.EqualTo("CustomThrottlerGuard - Invalid API Key"));
    }

    [Test]
    public async Task Get_AnswersTheWholeRowIncludingVersionAndCreatedAt()
    {
        var id = (string)(await CreateWebhookOkAsync(WebhookBody(Url)))["id"]!;

        using var response = await WebhooksApiAsync(HttpMethod.Get, $"/v2/webhooks/{id}");
        var data = (await ReadJsonAsync(response))["data"]!;

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)data["id"], Is.EqualTo(id));
            Assert.That((string?)data["version"], Is.EqualTo("2021-10-20"));
            Assert.That((string?)data["createdAt"], Is.EqualTo("2030-01-01T00:00:00.000Z"));
            Assert.That((int?)data["userId"], Is.EqualTo(1001));
            Assert.That((string?)data["secret"], Is.EqualTo(Secret));
            Assert.That(data["triggers"]!.AsArray(), Has.Count.EqualTo(BookingTriggers.Length));
        });
    }

    [TestCase("GET")]
    [TestCase("PATCH")]
    [TestCase("DELETE")]
    public async Task UnknownId_Returns404(string method)
    {
        using var response = await WebhooksApiAsync(new HttpMethod(method), "/v2/webhooks/90284", method == "PATCH" ? new JsonObject { ["active"] = "no" } : null);

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.NotFound, "NotFoundException");
        Assert.That(message, Is.EqualTo("Webhook (90284) not found"));
    }

    [Test]
    public async Task List_PagesWithSkipAndTake()
    {
        foreach (var i in Enumerable.Range(1, 3))
        {
            await CreateWebhookOkAsync(WebhookBody($"{Url}/{i}"));
        }

        using var page = await WebhooksApiAsync(HttpMethod.Get, "/v2/webhooks?skip=1&take=1");
        using var all = await WebhooksApiAsync(HttpMethod.Get, "/v2/webhooks");
        var pageData = (await ReadJsonAsync(page))["data"]!.AsArray();
        var allData = (await ReadJsonAsync(all))["data"]!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(pageData.Select(w => (string?)w!["subscriberUrl"]), Is.EqualTo(new[] { $"{Url}/2" }));
            Assert.That(allData.Select(w => (string?)w!["subscriberUrl"]), Is.EqualTo(new[] { $"{Url}/1", $"{Url}/2", $"{Url}/3" }));
        });
    }

    [TestCase("take=251", "take", "max", "take must not be greater than 250")]
    [TestCase("take=0", "take", "min", "take must not be less than 1")]
    [TestCase("skip=-1", "skip", "min", "skip must not be less than 0")]
    [TestCase("take=abc", "take", "isNumber", "take must be a number conforming to the specified constraints")]
    public async Task List_WithBadPagination_Returns400(string query, string property, string constraint, string message)
    {
        using var response = await WebhooksApiAsync(HttpMethod.Get, $"/v2/webhooks?{query}");
        var json = await ReadJsonAsync(response);
        var error = json["error"]!["details"]!["errors"]![0]!;

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)error["property"], Is.EqualTo(property));
            Assert.That((string?)error["constraints"]![constraint], Is.EqualTo(message));
        });
    }

    [Test]
    public async Task List_ReadsTakeAsJavaScriptsParseIntDoes()
    {
        await CreateWebhookOkAsync(WebhookBody($"{Url}/1"));
        await CreateWebhookOkAsync(WebhookBody($"{Url}/2"));

        using var response = await WebhooksApiAsync(HttpMethod.Get, "/v2/webhooks?take=1abc");

        Assert.That((await ReadJsonAsync(response))["data"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Update_ChangesOnlyTheGivenFields()
    {
        var id = (string)(await CreateWebhookOkAsync(WebhookBody(Url)))["id"]!;

        using var response = await WebhooksApiAsync(HttpMethod.Patch, $"/v2/webhooks/{id}", new JsonObject { ["active"] = false });
        var data = (await ReadJsonAsync(response))["data"]!;

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((bool?)data["active"], Is.False);
            Assert.That((string?)data["subscriberUrl"], Is.EqualTo(Url));
            Assert.That((string?)data["secret"], Is.EqualTo(Secret));
            Assert.That(data["triggers"]!.AsArray(), Has.Count.EqualTo(BookingTriggers.Length));
        });
    }

    [Test]
    public async Task Update_WithNullSecret_ClearsIt()
    {
        var id = (string)(await CreateWebhookOkAsync(WebhookBody(Url)))["id"]!;

        using var response = await WebhooksApiAsync(HttpMethod.Patch, $"/v2/webhooks/{id}", new JsonObject { ["secret"] = null });
        var data = (await ReadJsonAsync(response))["data"]!;

        Assert.That(data.AsObject().ContainsKey("secret") && data["secret"] is null, Is.True, data.ToJsonString());
    }

    [Test]
    public async Task Update_ToTheUrlOfAnotherWebhook_Returns409FromTheUniqueIndex()
    {
        await CreateWebhookOkAsync(WebhookBody(Url));
        var id = (string)(await CreateWebhookOkAsync(WebhookBody(Url + "/other")))["id"]!;

        using var response = await WebhooksApiAsync(HttpMethod.Patch, $"/v2/webhooks/{id}", new JsonObject { ["subscriberUrl"] = Url });
        var json = await ReadJsonAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((string?)json["error"]!["code"], Is.EqualTo("CONFLICT"));
            Assert.That((string?)json["error"]!["message"], Is.EqualTo("Invalid Input: Trying to create a record that already exists."));
            Assert.That(json["error"]!.AsObject().ContainsKey("details"), Is.False);
        });
    }

    [Test]
    public async Task Update_WithWrongType_Returns400AndChangesNothing()
    {
        var id = (string)(await CreateWebhookOkAsync(WebhookBody(Url)))["id"]!;

        using var response = await WebhooksApiAsync(HttpMethod.Patch, $"/v2/webhooks/{id}", new JsonObject { ["active"] = "false" });
        using var after = await WebhooksApiAsync(HttpMethod.Get, $"/v2/webhooks/{id}");

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((bool?)(await ReadJsonAsync(after))["data"]!["active"], Is.True);
        });
    }

    [Test]
    public async Task Update_WithNullActive_Returns500AsCalComsDatabaseRefusesIt()
    {
        var id = (string)(await CreateWebhookOkAsync(WebhookBody(Url)))["id"]!;

        using var response = await WebhooksApiAsync(HttpMethod.Patch, $"/v2/webhooks/{id}", new JsonObject { ["active"] = null });
        var json = await ReadJsonAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That((string?)json["error"]!["code"], Is.EqualTo("INTERNAL_SERVER_ERROR"));
        });
    }

    [Test]
    public async Task Delete_AnswersTheWebhookAndRemovesIt()
    {
        var id = (string)(await CreateWebhookOkAsync(WebhookBody(Url)))["id"]!;

        using var deleted = await WebhooksApiAsync(HttpMethod.Delete, $"/v2/webhooks/{id}");
        using var after = await WebhooksApiAsync(HttpMethod.Get, $"/v2/webhooks/{id}");

        Assert.Multiple(async () =>
        {
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)(await ReadJsonAsync(deleted))["data"]!["id"], Is.EqualTo(id));
            Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task Routes_NeedNoCalApiVersion_AndAcceptAnyVersion()
    {
        using var withVersion = await SendAsync(HttpMethod.Post, "/v2/webhooks", WebhookBody(Url), version: Versions.Bookings, apiKey: Server.ApiKey);
        using var list = await SendAsync(HttpMethod.Get, "/v2/webhooks", version: "2099-01-01", apiKey: Server.ApiKey);

        Assert.Multiple(() =>
        {
            Assert.That(withVersion.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Reset_KeepsWebhooks()
    {
        await CreateWebhookOkAsync(WebhookBody(Url));

        using (await SendAsync(HttpMethod.Post, "/_sandbox/reset"))
        {
        }

        using var list = await WebhooksApiAsync(HttpMethod.Get, "/v2/webhooks");
        Assert.That((await ReadJsonAsync(list))["data"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task RequestLog_NeverShowsTheSecret()
    {
        await CreateWebhookOkAsync(WebhookBody(Url));

        using var log = await SendAsync(HttpMethod.Get, "/_sandbox/requests");
        var text = await log.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("/v2/webhooks"));
            Assert.That(text, Does.Not.Contain(Secret));
        });
    }
}
