using System.Text.Json;

namespace Booking.CalComSandbox.Faults;

internal sealed record SandboxFault
{
    /// <summary><c>null</c> matches any method.</summary>
    public string? Method { get; init; }

    /// <summary>Matches a request path equal to it or starting with it; <c>null</c> for a webhook fault.</summary>
    public string? Path { get; init; }

    /// <summary>For <see cref="FaultKinds.DropWebhook"/>: the trigger it drops; <c>null</c> drops any.</summary>
    public string? Trigger { get; init; }

    public required string Kind { get; init; }

    public int? Status { get; init; }

    public JsonElement? Body { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public int DelayMs { get; init; }

    public int Times { get; init; } = 1;

    public bool Matches(string method, string path) =>
        Kind != FaultKinds.DropWebhook
        && Path is not null
        && (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && path.StartsWith(Path, StringComparison.OrdinalIgnoreCase);

    public bool DropsWebhook(string trigger) => Kind == FaultKinds.DropWebhook && (Trigger is null || Trigger == trigger);
}
