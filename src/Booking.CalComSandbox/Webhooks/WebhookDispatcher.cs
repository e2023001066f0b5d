using System.Text.Json.Nodes;
using Booking.CalComSandbox.Faults;
using Booking.CalComSandbox.Http;

namespace Booking.CalComSandbox.Webhooks;

/// <summary>
/// Cal.com's <c>handleWebhookTrigger</c>: every active webhook subscribed to the trigger gets its own POST, all at once,
/// and the caller (the booking request) waits for all of them. A failure is logged and dropped; nothing is retried.
/// </summary>
internal sealed class WebhookDispatcher(
    WebhookStore webhooks, FaultQueue faults, WebhookSender sender, WebhookDeliveryLog deliveries, TimeProvider time,
    ILogger<WebhookDispatcher> logger)
{
    /// <param name="buildPayload">Called only when someone subscribes, so a booking without webhooks costs nothing more.</param>
    public async Task DispatchAsync(string trigger, Func<JsonObject> buildPayload, string bookingUid)
    {
        var subscribers = webhooks.SubscribersOf(trigger);
        if (subscribers.Count == 0)
        {
            return;
        }

        var payload = buildPayload();
        var sends = new List<Task>();
        foreach (var webhook in subscribers)
        {
            if (faults.TryTakeWebhookDrop(trigger) is not null)
            {
                deliveries.Add(Record(trigger, webhook, bookingUid, WebhookDelivery.Dropped, answer: null));
                continue;
            }

            // Built here, one at a time: the payload is shared and a JsonObject is not safe for concurrent readers.
            sends.Add(DeliverAsync(webhook, trigger, MessageOf(webhook, trigger, payload), bookingUid));
        }

        await Task.WhenAll(sends);
    }

    /// <summary>Cal.com's "Ping test" button: a PING with test data, answered with <c>{ok, status}</c>.</summary>
    public async Task<WebhookAnswer> PingAsync(StoredWebhook webhook)
    {
        var message = MessageOf(webhook, WebhookTriggers.Ping, BookingPayloads.Ping(time.GetUtcNow()));
        var answer = await SendAsync(webhook, message);
        deliveries.Add(Record(WebhookTriggers.Ping, webhook, bookingUid: null, Outcome(answer), answer));
        return answer;
    }

    private async Task DeliverAsync(StoredWebhook webhook, string trigger, WebhookMessage message, string bookingUid)
    {
        WebhookAnswer answer;
        try
        {
            answer = await SendAsync(webhook, message);
        }
        catch (Exception unexpected) when (unexpected is InvalidOperationException or NotSupportedException or ArgumentException)
        {
            // Cal.com catches every failed send, so a delivery can never fail the booking that triggered it.
            answer = WebhookAnswer.Failed($"request failed ({unexpected.GetType().Name})");
        }

        if (!answer.IsSuccess)
        {
            // No URL (it may hold a token) and no payload (it holds attendee data): the webhook id identifies it.
            logger.LogWarning(
                "Webhook {WebhookId} for {Trigger} of booking {BookingUid} was not accepted ({Answer}); like Cal.com, the sandbox does not retry",
                webhook.Id, trigger, bookingUid, answer.Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? answer.Failure);
        }

        deliveries.Add(Record(trigger, webhook, bookingUid, Outcome(answer), answer));
    }

    private WebhookMessage MessageOf(StoredWebhook webhook, string trigger, JsonObject payload) =>
        WebhookMessage.For(webhook.PayloadTemplate, trigger, SandboxJson.Utc(time.GetUtcNow()), payload);

    private Task<WebhookAnswer> SendAsync(StoredWebhook webhook, WebhookMessage message) =>
        sender.SendAsync(webhook.SubscriberUrl, webhook.Version, message, WebhookSignature.Of(webhook.Secret, message.Body));

    private static string Outcome(WebhookAnswer answer) => answer.Status is null ? WebhookDelivery.Failed : WebhookDelivery.Answered;

    private WebhookDelivery Record(string trigger, StoredWebhook webhook, string? bookingUid, string outcome, WebhookAnswer? answer) => new()
    {
        At = SandboxJson.Utc(time.GetUtcNow()),
        Trigger = trigger,
        WebhookId = webhook.Id,
        BookingUid = bookingUid,
        Outcome = outcome,
        ResponseStatus = answer?.Status,
        Failure = answer?.Failure,
    };
}
