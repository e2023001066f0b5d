using System.Globalization;

namespace Booking.Smoke;

/// <summary>Reads <c>--api URL</c>, <c>--event-type ID</c> and <c>--length MINUTES</c>.</summary>
public static class SmokeArguments
{
    public const string Usage =
        "Usage: dotnet run --project tools/Booking.Smoke -- [--api http://localhost:3000] [--event-type 3139331] [--length 30]";

    /// <summary>The options, or <c>null</c> with <paramref name="error"/> saying what is wrong.</summary>
    public static SmokeOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);

        var options = new SmokeOptions();
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
