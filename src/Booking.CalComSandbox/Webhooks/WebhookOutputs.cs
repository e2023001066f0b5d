using System.Text.Json.Nodes;
using Booking.CalComSandbox.Http;

namespace Booking.CalComSandbox.Webhooks;

/// <summary>Cal.com's <c>UserWebhookOutputDto</c>, which its controller renders in two ways.</summary>
internal static class WebhookOutputs
{
    /// <summary>Create, list, update and delete use <c>plainToClass(…, {strategy: "excludeAll"})</c>: only the exposed fields.</summary>
    public static JsonObject Exposed(StoredWebhook webhook) => new()
    {
        ["id"] = webhook.Id,
        ["payloadTemplate"] = webhook.PayloadTemplate,
        ["triggers"] = Triggers(webhook),
        ["subscriberUrl"] = webhook.SubscriberUrl,
        ["active"] = webhook.Active,
        ["secret"] = webhook.Secret,
        ["userId"] = webhook.UserId,
    };

    /// <summary>GET by id forgets <c>excludeAll</c>, so the whole row comes back, renamed by <c>WebhookOutputPipe</c>.</summary>
    public static JsonObject Row(StoredWebhook webhook) => new()
    {
        ["id"] = webhook.Id,
        ["userId"] = webhook.UserId,
        ["teamId"] = null,
        ["eventTypeId"] = null,
        ["subscriberUrl"] = webhook.SubscriberUrl,
        ["payloadTemplate"] = webhook.PayloadTemplate,
        ["createdAt"] = SandboxJson.Utc(webhook.CreatedAt),
        ["active"] = webhook.Active,
        ["appId"] = null,
        ["secret"] = webhook.Secret,
        ["platform"] = false,
        ["time"] = null,
        ["timeUnit"] = null,
        ["version"] = webhook.Version,
        ["triggers"] = Triggers(webhook),
        ["oAuthClientId"] = null,
    };

    private static JsonArray Triggers(StoredWebhook webhook) => new([.. webhook.Triggers.Select(t => JsonValue.Create(t))]);
}
