using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Encodings.Web;

namespace Booking.CalComSandbox.Webhooks;

/// <summary>The exact bytes Cal.com's <c>sendPayload</c> posts, and their content type.</summary>
internal sealed record WebhookMessage(byte[] Body, string ContentType)
{
    public const string Json = "application/json";
    public const string FormEncoded = "application/x-www-form-urlencoded";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary><c>{"triggerEvent","createdAt","payload"}</c>, or the rendered template when the webhook has one.</summary>
    public static WebhookMessage For(string? payloadTemplate, string trigger, string createdAt, JsonObject payload)
    {
        if (string.IsNullOrEmpty(payloadTemplate))
        {
            return new WebhookMessage(Envelope(trigger, createdAt, payload), Json);
        }

        // The template sees the payload's fields at the top level, next to triggerEvent and createdAt.
        var data = (JsonObject)payload.DeepClone();
        data["triggerEvent"] = trigger;
        data["createdAt"] = createdAt;
        var rendered = PayloadTemplate.Render(payloadTemplate, data);
        return PayloadTemplate.IsJson(payloadTemplate)
            ? new WebhookMessage(Encoding.UTF8.GetBytes(PayloadTemplate.Reserialize(rendered)), Json)
            : new WebhookMessage(Encoding.UTF8.GetBytes(rendered), FormEncoded);
    }

    private static byte[] Envelope(string trigger, string createdAt, JsonObject payload)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("triggerEvent", trigger);
            writer.WriteString("createdAt", createdAt);
            writer.WritePropertyName("payload");
            payload.WriteTo(writer);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
