using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Booking.CalComSandbox.Http;

namespace Booking.CalComSandbox.Webhooks;

/// <summary>
/// A webhook's <c>payloadTemplate</c>, rendered as Cal.com's <c>applyTemplate</c> does with Handlebars: <c>{{path}}</c>
/// (HTML-escaped, then <c>&amp;quot;</c> turned back into <c>"</c>) and <c>{{{path}}}</c> (raw), where a path is
/// dot-separated and may index arrays (<c>{{attendees.0.name}}</c>). Block helpers, comments and partials are not
/// supported and render as nothing.
/// </summary>
internal static partial class PayloadTemplate
{
    /// <summary>Cal.com sends JSON only when the template itself parses as a truthy JSON value; otherwise form-encoded text.</summary>
    public static bool IsJson(string template)
    {
        try
        {
            return JsonNode.Parse(template) switch
            {
                null => false,
                JsonValue value when value.GetValueKind() == JsonValueKind.False => false,
                JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.GetValue<double>() != 0,
                JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>().Length > 0,
                _ => true,
            };
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static string Render(string template, JsonObject data) =>
        Expression().Replace(template, match =>
        {
            var raw = match.Groups["raw"].Success;
            var path = (raw ? match.Groups["raw"] : match.Groups["escaped"]).Value.Trim();
            if (path.Length == 0 || path[0] is '#' or '/' or '!' or '>' or '^' || path == "else")
            {
                return "";
            }

            var text = Stringify(Resolve(data, path));
            return raw ? text : Escape(text);
        }).Replace("&quot;", "\"", StringComparison.Ordinal);

    /// <summary><c>JSON.stringify(JSON.parse(rendered))</c>, which is <c>false</c> when the rendered text is not JSON.</summary>
    public static string Reserialize(string rendered)
    {
        try
        {
            return JsonNode.Parse(rendered)?.ToJsonString(SandboxJson.Options) ?? "null";
        }
        catch (JsonException)
        {
            return "false";
        }
    }

    private static JsonNode? Resolve(JsonNode? node, string path)
    {
        foreach (var segment in path.Split('.', '/'))
        {
            if (segment is "this" or "")
            {
                continue;
            }

            var key = segment.Trim('[', ']');
            node = node switch
            {
                JsonObject obj => obj[key],
                JsonArray array when int.TryParse(key, out var index) && index >= 0 && index < array.Count => array[index],
                _ => null,
            };
        }

        return node;
    }

    /// <summary>JavaScript's <c>String(value)</c>, which Handlebars applies to whatever a path resolves to.</summary>
    private static string Stringify(JsonNode? node) => node switch
    {
        null => "",
        JsonObject => "[object Object]",
        JsonArray array => string.Join(",", array.Select(Stringify)),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.GetValueKind() == JsonValueKind.Null => "",
        _ => node.ToJsonString(),
    };

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#x27;",
                '`' => "&#x60;",
                '=' => "&#x3D;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    [GeneratedRegex(@"\{\{\{(?<raw>[^}]*)\}\}\}|\{\{(?<escaped>[^}]*)\}\}")]
    private static partial Regex Expression();
}
