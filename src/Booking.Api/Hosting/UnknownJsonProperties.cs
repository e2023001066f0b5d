using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Booking.Api.Hosting;

/// <summary>
/// Finds every property of a JSON body that its contract does not know, where the contract refuses unknown ones. The
/// JSON reader stops at the first, so a body with <c>startTime</c> and <c>attendee.emial</c> named only one; this walks
/// the whole body and suggests the known property a near miss was meant to be.
/// </summary>
public static class UnknownJsonProperties
{
    /// <summary>One unknown property: its path as the client wrote it, and the known property it probably meant, if any.</summary>
    public sealed record Unknown(string Field, string? Suggestion);

    /// <summary>Every unknown property of <paramref name="json"/> read as <paramref name="type"/>; empty when it is not a JSON object.</summary>
    public static IReadOnlyList<Unknown> Find(ReadOnlyMemory<byte> json, Type type, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(options);
        var found = new List<Unknown>();
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions
            {
                AllowTrailingCommas = options.AllowTrailingCommas,
                CommentHandling = options.ReadCommentHandling,
                MaxDepth = options.MaxDepth,
            });
            Walk(document.RootElement, options.GetTypeInfo(type), options, string.Empty, found);
        }
        catch (JsonException)
        {
            // Malformed further on: the reader's own error says so.
        }

        return found;
    }

    private static void Walk(JsonElement element, JsonTypeInfo contract, JsonSerializerOptions options, string prefix, List<Unknown> found)
    {
        if (element.ValueKind != JsonValueKind.Object || contract.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var comparison = options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var refusesUnknown = (contract.UnmappedMemberHandling ?? options.UnmappedMemberHandling) == JsonUnmappedMemberHandling.Disallow;
        foreach (var property in element.EnumerateObject())
        {
            var known = contract.Properties.FirstOrDefault(p => string.Equals(p.Name, property.Name, comparison));
            if (known is not null)
            {
                Walk(property.Value, options.GetTypeInfo(known.PropertyType), options, prefix + property.Name + ".", found);
            }
            else if (refusesUnknown)
            {
                var suggestion = Suggest(property.Name, contract.Properties.Select(p => p.Name));
                found.Add(new Unknown(prefix + property.Name, suggestion is null ? null : prefix + suggestion));
            }
        }
    }

    /// <summary>
    /// The known name <paramref name="unknown"/> was most likely meant to be: the same but for case, <c>_</c> or <c>-</c>
    /// (<c>time_zone</c>), one that starts the other (<c>startTime</c>, <c>attendees</c>), or one a typo or two away
    /// (<c>emial</c>). Null when none is that close.
    /// </summary>
    public static string? Suggest(string unknown, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        var wanted = Normalize(unknown);
        return known
            .Select(name => (Name: name, Score: Closeness(wanted, Normalize(name))))
            .Where(candidate => candidate.Score is not null)
            .OrderBy(candidate => candidate.Score)
            .Select(candidate => candidate.Name)
            .FirstOrDefault();
    }

    private static int? Closeness(string unknown, string known)
    {
        if (unknown == known)
        {
            return 0;
        }

        if (Math.Min(unknown.Length, known.Length) >= 3 && (unknown.StartsWith(known, StringComparison.Ordinal) || known.StartsWith(unknown, StringComparison.Ordinal)))
        {
            return 1;
        }

        var distance = EditDistance(unknown, known);
        var allowed = Math.Max(unknown.Length, known.Length) <= 4 ? 1 : 2;
        return distance <= allowed ? 1 + distance : null;
    }

    private static string Normalize(string name) =>
        new(name.Where(c => c is not ('_' or '-')).Select(char.ToLowerInvariant).ToArray());

    /// <summary>Edits (insert, delete, replace, swap two neighbours) that turn <paramref name="a"/> into <paramref name="b"/>.</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
