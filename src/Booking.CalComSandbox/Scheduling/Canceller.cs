using Booking.CalComSandbox.Http;

namespace Booking.CalComSandbox.Scheduling;

/// <summary>Who cancels a booking, which decides what Cal.com requires and records.</summary>
internal sealed record Canceller
{
    public required bool IsHost { get; init; }

    /// <summary>Cal.com refuses a host's cancellation through API v2 without a reason.</summary>
    public required bool MustGiveReason { get; init; }

    /// <summary>Only a cancellation that passes <c>cancelledBy</c> (the web app does) names the canceller in the webhook.</summary>
    public required bool NamedInWebhook { get; init; }

    /// <summary>The host acting in Cal.com's web app, as the sandbox's host actions do; the reason is optional there.</summary>
    public static Canceller HostInWebApp { get; } = new() { IsHost = true, MustGiveReason = false, NamedInWebhook = true };

    public static Canceller ViaApi(SandboxCaller caller) =>
        new() { IsHost = caller.IsHost, MustGiveReason = caller.IsHost, NamedInWebhook = false };
}
