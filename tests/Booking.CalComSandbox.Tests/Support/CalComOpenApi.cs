using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Booking.TestSupport;

namespace Booking.CalComSandbox.Tests.Support;

/// <summary>
/// Cal.com's own OpenAPI file turned into JSON Schema 2020-12 that JsonSchema.Net can evaluate: component schemas move
/// to <c>$defs</c>, OpenAPI's <c>nullable</c> becomes <c>anyOf null</c>, and <c>oneOf</c> becomes <c>anyOf</c> because
/// Cal.com lists overlapping alternatives that a plain booking matches more than once (see shared/calcom/SOURCE.txt).
/// </summary>
internal sealed class CalComOpenApi
{
    public const string SlotsDataSchema = "SlotsData_2024_09_04";

    private const string SpecUri = "https://calcom-openapi.sandbox.test/spec";
    private static readonly string[] SchemaListKeywords = ["allOf", "anyOf", "oneOf"];
    private static readonly string[] SchemaKeywords = ["items", "additionalProperties", "not"];

    private readonly BuildOptions _buildOptions;

    private CalComOpenApi(BuildOptions buildOptions) => _buildOptions = buildOptions;

    /// <summary>The env var <c>CALCOM_OPENAPI</c>, else <c>../shared/calcom/openapi.json</c> beside the folder holding Booking.sln.</summary>
    public static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable("CALCOM_OPENAPI");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Booking.sln")))
            {
                var candidate = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "calcom", "openapi.json"));
                return File.Exists(candidate) ? candidate : null;
            }
        }

        return null;
    }

    /// <summary>Loads the spec; without it the fixture is ignored locally (saying why) and fails in CI.</summary>
    public static CalComOpenApi LoadOrIgnore() =>
        Load(Locate() ?? RequiredTool.Missing(
            "Cal.com's openapi.json was not found beside the repository (../shared/calcom/openapi.json); "
            + "the README (\"Tests and CI\") says where it comes from, or set CALCOM_OPENAPI to its path."));

    public static CalComOpenApi Load(string path)
    {
        var spec = JsonNode.Parse(File.ReadAllText(path))!;
        var schemas = spec["components"]!["schemas"]!.AsObject();
        CorrectKnownSpecDefects(schemas);

        // The 200 schema of GET /v2/slots is inline and describes the "data" object, although its example shows the wrapper.
        var slots = spec["paths"]!["/v2/slots"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;
        schemas[SlotsDataSchema] = slots.DeepClone();

        var defs = new JsonObject();
        foreach (var (name, schema) in schemas)
        {
            defs[name] = ToJsonSchema(schema);
        }

        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = SpecUri,
            ["$defs"] = defs,
        };
        var buildOptions = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        JsonSchema.FromText(root.ToJsonString(), buildOptions, new Uri(SpecUri));
        return new CalComOpenApi(buildOptions);
    }

    public EvaluationResults Validate(string schemaName, JsonNode instance)
    {
        var reference = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$ref"] = $"{SpecUri}#/$defs/{schemaName}",
        };
        var schema = JsonSchema.FromText(reference.ToJsonString(), _buildOptions, new Uri($"https://calcom-openapi.sandbox.test/check/{Guid.NewGuid():N}"));
        using var document = JsonDocument.Parse(instance.ToJsonString());
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    public static string Describe(EvaluationResults results) =>
        string.Join(
            Environment.NewLine,
            (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key} {e.Value}"))
                .Take(40));

    /// <summary>Where Cal.com's spec contradicts what Cal.com sends, the sandbox follows Cal.com; each correction says why.</summary>
    private static void CorrectKnownSpecDefects(JsonObject schemas)
    {
        // Nest's swagger plugin documents the literal type `isDefault: true|false` of booking fields as an object.
        foreach (var (_, schema) in schemas)
        {
            if (schema?["properties"]?["isDefault"] is JsonObject isDefault && (string?)isDefault["type"] == "object")
            {
                isDefault["type"] = "boolean";
            }
        }

        // The email booking field's `required` is a boolean in Cal.com's output class; the spec says object.
        schemas["EmailDefaultFieldOutput_2024_06_14"]!["properties"]!["required"] = new JsonObject { ["type"] = "boolean" };

        var eventType = schemas["EventTypeOutput_2024_06_14"]!["properties"]!;

        // Cal.com returns the owner as User_2024_06_14 objects; the spec's items lost their type and say string.
        eventType["users"]!["items"] = new JsonObject { ["type"] = "object" };

        // slotInterval is minutes or null in Cal.com's output (the spec's own example is 60), not an object.
        eventType["slotInterval"] = new JsonObject { ["type"] = "number", ["nullable"] = true };

        // Cal.com returns one booking-window object; the spec wraps the alternatives in an array.
        eventType["bookingWindow"] = eventType["bookingWindow"]!["items"]!.DeepClone();

        var webhook = schemas["UserWebhookOutputDto"]!["properties"]!;

        // Webhook ids are UUID strings (webhooks.repository.ts creates them with uuidv4()); the output class says number.
        webhook["id"] = new JsonObject { ["type"] = "string" };

        // A webhook made without them stores null (user-webhooks.service.ts: `?? null`), and the output returns the null.
        webhook["payloadTemplate"] = new JsonObject { ["type"] = "string", ["nullable"] = true };
        webhook["secret"] = new JsonObject { ["type"] = "string", ["nullable"] = true };

        // Triggers are the enum's strings; the spec's items lost their type and say object.
        webhook["triggers"]!["items"] = new JsonObject { ["type"] = "string" };
    }

    private static JsonNode ToJsonSchema(JsonNode? node)
    {
        if (node is not JsonObject schema)
        {
            return node?.DeepClone() ?? new JsonObject();
        }

        var converted = new JsonObject();
        foreach (var (keyword, value) in schema)
        {
            switch (keyword)
            {
                case "nullable":
                    break;
                case "$ref":
                    converted["$ref"] = ((string)value!).Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
                    break;
                case "properties":
                    var properties = new JsonObject();
                    foreach (var (name, property) in value!.AsObject())
                    {
                        properties[name] = ToJsonSchema(property);
                    }

                    converted["properties"] = properties;
                    break;
                case var list when SchemaListKeywords.Contains(list):
                    converted[list == "oneOf" ? "anyOf" : list] = new JsonArray([.. value!.AsArray().Select(ToJsonSchema)]);
                    break;
                case var single when SchemaKeywords.Contains(single) && value is JsonObject:
                    converted[single] = ToJsonSchema(value);
                    break;
                default:
                    converted[keyword] = value?.DeepClone();
                    break;
            }
        }

        return (bool?)schema["nullable"] == true
            ? new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, converted) }
            : converted;
    }
}
