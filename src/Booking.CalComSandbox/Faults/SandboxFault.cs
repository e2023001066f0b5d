using System.Text.Json;

namespace Booking.CalComSandbox.Faults;

internal sealed record SandboxFault
{
    /// <summary><c>null</c> matches any method.</summary>
    public string? Method { get; init; }

    /// <summary>Matches a request path equal to it or starting with it.</summary>
    public required string Path { get; init; }

    public required string Kind { get; init; }

    public int? Status { get; init; }

    public JsonElement? Body { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public int DelayMs { get; init; }

    public int Times { get; init; } = 1;

    public bool Matches(string method, string path) =>
        (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && path.StartsWith(Path, StringComparison.OrdinalIgnoreCase);
}
