using System.Text;
using System.Text.Json.Nodes;

namespace Booking.CalComSandbox.Tests.Support;

/// <summary>One request as the receiver got it: the exact body bytes and every header.</summary>
internal sealed record ReceivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body, DateTimeOffset ReceivedAt)
{
    public string BodyText => Encoding.UTF8.GetString(Body);

    public JsonNode Json => JsonNode.Parse(Body) ?? throw new AssertionException("The webhook body is JSON null.");

    public JsonNode Payload => Json["payload"] ?? throw new AssertionException($"No payload in {BodyText}");

    public string? TriggerEvent => (string?)Json["triggerEvent"];

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
