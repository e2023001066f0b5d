namespace Booking.CalComSandbox.Webhooks;

/// <summary>Cal.com's payload versions; a webhook's version is sent as <c>X-Cal-Webhook-Version</c>.</summary>
internal static class WebhookVersions
{
    public const string V20211020 = "2021-10-20";

    public static readonly IReadOnlyList<string> All = [V20211020];
}
