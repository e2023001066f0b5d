namespace Booking.CalComSandbox.Http;

/// <summary>Who is calling: anonymous, or the holder of the sandbox key (the host of every seeded event type).</summary>
internal sealed record SandboxCaller(bool IsHost)
{
    public static SandboxCaller Anonymous { get; } = new(false);

    public static SandboxCaller Host { get; } = new(true);

    public bool IsAnonymous => !IsHost;

    public static SandboxCaller Of(HttpContext context) => context.Features.Get<SandboxCaller>() ?? Anonymous;
}
