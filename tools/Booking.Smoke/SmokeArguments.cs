using System.Globalization;

namespace Booking.Smoke;

/// <summary>
/// Reads <c>--api URL</c>, <c>--event-type ID</c>, <c>--length MINUTES</c> and <c>--api-key KEY</c>; the key can come
/// from <c>BOOKING_API_KEY</c> instead, which keeps it out of the process list.
/// </summary>
public static class SmokeArguments
{
    public const string ApiKeyVariable = "BOOKING_API_KEY";

    public const string Usage =
        "Usage: dotnet run --project tools/Booking.Smoke -- [--api http://localhost:3000] [--event-type 3139331] [--length 30] [--api-key KEY]";

    /// <summary>The options, or <c>null</c> with <paramref name="error"/> saying what is wrong.</summary>
    public static SmokeOptions? Parse(IReadOnlyList<string> args, out string? error, string? apiKeyFromEnvironment = null)
    {
        ArgumentNullException.ThrowIfNull(args);

        var options = new SmokeOptions { ApiKey = string.IsNullOrWhiteSpace(apiKeyFromEnvironment) ? null : apiKeyFromEnvironment };
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h")
            {
                error = Usage;
                return null;
            }

            if (i + 1 >= args.Count)
            {
                error = $"{name} needs a value. {Usage}";
                return null;
            }

            var value = args[++i];
            switch (name)
            {
                case "--api" when Uri.TryCreate(value, UriKind.Absolute, out var api) && api.Scheme is "http" or "https":
                    options = options with { Api = api };
                    break;
                case "--api":
                    error = $"--api must be an http(s) URL, e.g. http://localhost:3000; got '{value}'.";
                    return null;
                case "--event-type" when PositiveInteger(value) is { } eventTypeId:
                    options = options with { EventTypeId = eventTypeId };
                    break;
                case "--length" when PositiveInteger(value) is { } minutes:
                    options = options with { LengthMinutes = minutes };
                    break;
                case "--api-key" when !string.IsNullOrWhiteSpace(value):
                    options = options with { ApiKey = value };
                    break;
                case "--api-key":
                    error = "--api-key must not be empty.";
                    return null;
                case "--event-type" or "--length":
                    error = $"{name} must be a positive whole number; got '{value}'.";
                    return null;
                default:
                    error = $"Unknown option {name}. {Usage}";
                    return null;
            }
        }

        return options;
    }

    private static int? PositiveInteger(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
}
