using System.Text.Json;
using Booking.CalComSandbox.Webhooks;

namespace Booking.CalComSandbox.Faults;

internal static class SandboxFaultParser
{
    /// <summary>Returns the fault, or an error message for the caller of the fault API.</summary>
    public static (SandboxFault? Fault, string? Error) Parse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, "The fault must be a JSON object.");
        }

        var kind = StringOf(body, "kind");
        if (kind is null || !FaultKinds.All.Contains(kind))
        {
            return (null, $"\"kind\" must be one of: {string.Join(", ", FaultKinds.All)}.");
        }

        var path = StringOf(body, "path");
        var trigger = StringOf(body, "trigger");
        if (kind == FaultKinds.DropWebhook)
        {
            if (path is not null || body.TryGetProperty("method", out _))
            {
                return (null, "A dropWebhook fault applies to webhook deliveries, not requests: give \"trigger\" (optional), not \"path\" or \"method\".");
            }

            if (trigger is not null && !WebhookTriggers.All.Contains(trigger))
            {
                return (null, $"\"trigger\" must be one of: {string.Join(", ", WebhookTriggers.All)}.");
            }
        }
        else if (path is null || !path.StartsWith('/'))
        {
            return (null, "\"path\" is required and must start with '/', e.g. \"/v2/bookings\".");
        }
        else if (trigger is not null)
        {
            return (null, "\"trigger\" applies only to dropWebhook faults.");
        }

        var status = IntegerOf(body, "status");
        if (status is not null and (< 100 or > 599))
        {
            return (null, "\"status\" must be an HTTP status code.");
        }

        var times = IntegerOf(body, "times") ?? 1;
        var delayMs = IntegerOf(body, "delayMs") ?? 0;
        if (times < 1 || delayMs < 0)
        {
            return (null, "\"times\" must be at least 1 and \"delayMs\" must not be negative.");
        }

        var headers = body.TryGetProperty("headers", out var h) && h.ValueKind == JsonValueKind.Object
            ? h.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText())
            : [];
        return (new SandboxFault
        {
            Method = StringOf(body, "method")?.ToUpperInvariant(),
            Path = path,
            Trigger = trigger,
            Kind = kind,
            Status = status,
            Body = body.TryGetProperty("body", out var b) ? b.Clone() : null,
            Headers = headers,
            DelayMs = delayMs,
            Times = times,
        }, null);
    }

    private static string? StringOf(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? IntegerOf(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : null;
}
