using System.Text.Json;
using System.Text.Json.Nodes;
using Booking.CalComSandbox.Validation;

namespace Booking.CalComSandbox.Webhooks;

/// <summary>
/// <c>CreateWebhookInputDto</c> and its <c>PartialType</c> for PATCH, through Cal.com's global ValidationPipe: unknown
/// properties are dropped, errors are reported per property in class declaration order.
/// </summary>
internal static class WebhookInputParser
{
    private static readonly string[] KnownProperties = ["payloadTemplate", "active", "subscriberUrl", "triggers", "secret", "version"];
    private static readonly string[] RequiredColumns = ["active", "subscriberUrl", "triggers", "version"];

    public static WebhookInput ParseCreate(JsonElement body) => Parse(body, everyPropertyOptional: false);

    public static WebhookInput ParseUpdate(JsonElement body) => Parse(body, everyPropertyOptional: true);

    private static WebhookInput Parse(JsonElement body, bool everyPropertyOptional)
    {
        var values = Whitelisted(body);
        var errors = new List<PipeValidationError>();
        CheckString(values, "payloadTemplate", optional: true, errors);
        CheckBoolean(values, "active", everyPropertyOptional, errors);
        CheckString(values, "subscriberUrl", everyPropertyOptional, errors);
        CheckTriggers(values, everyPropertyOptional, errors);
        CheckString(values, "secret", optional: true, errors);
        CheckVersion(values, errors);
        if (errors.Count > 0)
        {
            throw GlobalValidationPipe.Failure(TargetOf(values), errors);
        }

        return new WebhookInput
        {
            Active = Given(values, "active")?.GetBoolean(),
            SubscriberUrl = Given(values, "subscriberUrl")?.GetString(),
            Triggers = Given(values, "triggers") is { } triggers ? [.. triggers.EnumerateArray().Select(t => t.GetString()!)] : null,
            Version = Given(values, "version")?.GetString(),
            PayloadTemplate = ProvidedString(values, "payloadTemplate"),
            Secret = ProvidedString(values, "secret"),
            NullsRequiredColumn = RequiredColumns.Any(name => values.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.Null),
        };
    }

    private static Dictionary<string, JsonElement> Whitelisted(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object
            ? body.EnumerateObject()
                .Where(p => KnownProperties.Contains(p.Name))
                .GroupBy(p => p.Name, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Last().Value.Clone(), StringComparer.Ordinal)
            : new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    private static JsonObject TargetOf(Dictionary<string, JsonElement> values)
    {
        var target = new JsonObject();
        foreach (var (name, value) in values)
        {
            target[name] = JsonSerializer.SerializeToNode(value);
        }

        return target;
    }

    /// <summary>The value when present and not <c>null</c>: class-validator's <c>IsOptional</c> skips both.</summary>
    private static JsonElement? Given(Dictionary<string, JsonElement> values, string name) =>
        values.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static JsonElement? ValueOf(Dictionary<string, JsonElement> values, string name) =>
        values.TryGetValue(name, out var value) ? value : null;

    private static Provided<string?> ProvidedString(Dictionary<string, JsonElement> values, string name) =>
        values.TryGetValue(name, out var value) ? new Provided<string?>(true, value.ValueKind == JsonValueKind.String ? value.GetString() : null) : default;

    private static void CheckString(Dictionary<string, JsonElement> values, string name, bool optional, List<PipeValidationError> errors)
    {
        if (optional && Given(values, name) is null)
        {
            return;
        }

        if (ValueOf(values, name) is not { ValueKind: JsonValueKind.String })
        {
            errors.Add(PipeValidationError.Of(name, "isString", $"{name} must be a string") with { Value = ValueOf(values, name) });
        }
    }

    private static void CheckBoolean(Dictionary<string, JsonElement> values, string name, bool optional, List<PipeValidationError> errors)
    {
        if (optional && Given(values, name) is null)
        {
            return;
        }

        if (ValueOf(values, name) is not { ValueKind: JsonValueKind.True or JsonValueKind.False })
        {
            errors.Add(PipeValidationError.Of(name, "isBoolean", $"{name} must be a boolean value") with { Value = ValueOf(values, name) });
        }
    }

    /// <summary><c>@IsArray()</c> and <c>@IsEnum(WebhookTriggerEvents, {each: true})</c>; on a non-array, "each" checks the value itself.</summary>
    private static void CheckTriggers(Dictionary<string, JsonElement> values, bool optional, List<PipeValidationError> errors)
    {
        const string name = "triggers";
        if (optional && Given(values, name) is null)
        {
            return;
        }

        var value = ValueOf(values, name);
        var isArray = value is { ValueKind: JsonValueKind.Array };
        var eachIsTrigger = isArray ? value!.Value.EnumerateArray().All(IsTrigger) : value is { } single && IsTrigger(single);
        var constraints = new List<(string, string)>();
        if (!eachIsTrigger)
        {
            constraints.Add(("isEnum", $"each value in {name} must be one of the following values: {string.Join(", ", WebhookTriggers.All)}"));
        }

        if (!isArray)
        {
            constraints.Add(("isArray", $"{name} must be an array"));
        }

        if (constraints.Count > 0)
        {
            errors.Add(new PipeValidationError(name, constraints) { Value = value });
        }
    }

    private static void CheckVersion(Dictionary<string, JsonElement> values, List<PipeValidationError> errors)
    {
        const string name = "version";
        if (Given(values, name) is { } value && !(value.ValueKind == JsonValueKind.String && WebhookVersions.All.Contains(value.GetString())))
        {
            errors.Add(PipeValidationError.Of(
                name, "isEnum", $"{name} must be one of the following values: {string.Join(", ", WebhookVersions.All)}") with { Value = value });
        }
    }

    private static bool IsTrigger(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && WebhookTriggers.All.Contains(value.GetString());
}
