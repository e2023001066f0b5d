using System.Text.Json;
using System.Text.Json.Serialization;

namespace Booking.CalComSandbox.Seed;

internal static class SeedLoader
{
    private const string EmbeddedSeedName = "Booking.CalComSandbox.seed.json";
    private const int LongestSupportedLengthInMinutes = 24 * 60;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static SeedDocument Load(string? seedFile)
    {
        var document = seedFile is not null ? ReadFile(seedFile) : ReadShippedSeed();
        Validate(document);
        return document;
    }

    private static SeedDocument ReadShippedSeed()
    {
        var besideAssembly = Path.Combine(AppContext.BaseDirectory, "seed.json");
        if (File.Exists(besideAssembly))
        {
            return ReadFile(besideAssembly);
        }

        // A host that references the sandbox may not copy content files; the same seed is embedded.
        using var stream = typeof(SeedLoader).Assembly.GetManifestResourceStream(EmbeddedSeedName)
            ?? throw new InvalidOperationException($"The embedded sandbox seed '{EmbeddedSeedName}' is missing.");
        return Deserialize(stream, EmbeddedSeedName);
    }

    private static SeedDocument ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Deserialize(stream, path);
    }

    private static SeedDocument Deserialize(Stream stream, string source) =>
        JsonSerializer.Deserialize<SeedDocument>(stream, Options)
        ?? throw new InvalidOperationException($"The sandbox seed '{source}' is empty.");

    private static void Validate(SeedDocument document)
    {
        var duplicateId = document.EventTypes.GroupBy(e => e.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicateId is not null)
        {
            throw new InvalidOperationException($"The sandbox seed has two event types with id {duplicateId.Key}.");
        }

        foreach (var eventType in document.EventTypes)
        {
            var lengths = eventType.LengthInMinutesOptions.Append(eventType.LengthInMinutes);
            if (lengths.Any(l => l is < 1 or > LongestSupportedLengthInMinutes))
            {
                throw new InvalidOperationException(
                    $"Event type {eventType.Id}: lengths must be between 1 and {LongestSupportedLengthInMinutes} minutes.");
            }

            if (eventType.HasMultipleLengths && !eventType.LengthInMinutesOptions.Contains(eventType.LengthInMinutes))
            {
                throw new InvalidOperationException(
                    $"Event type {eventType.Id}: lengthInMinutesOptions must include lengthInMinutes.");
            }

            if (eventType.Schedule is { } schedule && !TimeZoneInfo.TryFindSystemTimeZoneById(schedule.TimeZone, out _))
            {
                throw new InvalidOperationException($"Event type {eventType.Id}: unknown time zone '{schedule.TimeZone}'.");
            }
        }
    }
}
