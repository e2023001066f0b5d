namespace Booking.CalComSandbox.Webhooks;

/// <summary>A user-level row of Cal.com's <c>Webhook</c> table.</summary>
internal sealed record StoredWebhook
{
    /// <summary>A UUID string: Cal.com's v2 repository creates webhooks with <c>uuidv4()</c>.</summary>
    public required string Id { get; init; }

    public required int UserId { get; init; }

    /// <summary>Any string: Cal.com checks only that it is a string, so a bad URL fails at delivery time.</summary>
    public required string SubscriberUrl { get; init; }

    public string? PayloadTemplate { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required bool Active { get; init; }

    public required IReadOnlyList<string> Triggers { get; init; }

    public string? Secret { get; init; }

    public string Version { get; init; } = WebhookVersions.V20211020;

    public bool Subscribes(string trigger) => Active && Triggers.Contains(trigger);
}
