using System.Globalization;
using Microsoft.Extensions.Options;

namespace Booking.Infrastructure.CalCom;

/// <summary>
/// Checks <see cref="CalComOptions"/> at start-up. Messages name each setting the way operators set it,
/// as an environment variable (<c>CalCom__ApiKey</c>), and never echo the key itself.
/// </summary>
internal sealed class CalComOptionsValidator : IValidateOptions<CalComOptions>
{
    // Far above any Cal.com limit; it only keeps a typo from turning the budget into no limit at all.
    private const int MostPermitsPerMinute = 1_000_000;

    // TimeSpan parses a bare "5" as five days; a ceiling turns that slip into a clear start-up error.
    private static readonly TimeSpan LongestSensibleTimeout = TimeSpan.FromMinutes(10);

    public ValidateOptionsResult Validate(string? name, CalComOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        var failures = new List<string>();
        ValidateBaseUrl(options.BaseUrl, failures);
        ValidateApiKey(options, failures);
        ValidateTimeouts(options, failures);
        ValidateRateLimits(options, failures);

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateBaseUrl(string? baseUrl, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            failures.Add("CalCom__BaseUrl is required (the Cal.com v2 root, e.g. https://api.cal.com/v2).");
            return;
        }

        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add("CalCom__BaseUrl must be an absolute http or https URL, e.g. https://api.cal.com/v2.");
            return;
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            failures.Add("CalCom__BaseUrl must not contain a query or a fragment.");
        }
    }

    private static void ValidateApiKey(CalComOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            if (options.EffectiveMode == CalComMode.Live)
            {
                failures.Add(options.Mode is null
                    ? "CalCom__ApiKey is required when CalCom__Mode is Live (an unset CalCom__Mode counts as Live; use Sandbox for local development)."
                    : "CalCom__ApiKey is required when CalCom__Mode is Live.");
            }

            return;
        }

        if (options.ApiKey.Any(char.IsWhiteSpace))
        {
            failures.Add("CalCom__ApiKey must not contain spaces or line breaks.");
        }
    }

    private static void ValidateTimeouts(CalComOptions options, List<string> failures)
    {
        ValidateTimeout("CalCom__AttemptTimeout", options.AttemptTimeout, failures);
        ValidateTimeout("CalCom__TotalTimeout", options.TotalTimeout, failures);

        if (options.TotalTimeout < options.AttemptTimeout)
        {
            failures.Add($"CalCom__TotalTimeout ({options.TotalTimeout:c}) must be at least CalCom__AttemptTimeout ({options.AttemptTimeout:c}).");
        }

        if (options.EventTypeCacheDuration < TimeSpan.Zero)
        {
            failures.Add("CalCom__EventTypeCacheDuration must not be negative (00:00:00 turns caching off).");
        }
    }

    private static void ValidateRateLimits(CalComOptions options, List<string> failures)
    {
        if (options.RateLimitWaitThreshold < TimeSpan.Zero || options.RateLimitWaitThreshold >= options.TotalTimeout)
        {
            failures.Add(
                $"CalCom__RateLimitWaitThreshold must be at least zero (00:00:00 never waits) and less than CalCom__TotalTimeout ({options.TotalTimeout:c}); it is {options.RateLimitWaitThreshold:c}.");
        }

        var permits = options.UpstreamBudget?.PermitsPerMinute;
        if (permits is null or < 1 or > MostPermitsPerMinute)
        {
            failures.Add($"CalCom__UpstreamBudget__PermitsPerMinute must be between 1 and {MostPermitsPerMinute} (Cal.com allows 120 per key); it is {permits?.ToString(CultureInfo.InvariantCulture) ?? "unset"}.");
        }
    }

    private static void ValidateTimeout(string setting, TimeSpan value, List<string> failures)
    {
        if (value <= TimeSpan.Zero || value > LongestSensibleTimeout)
        {
            failures.Add($"{setting} must be more than zero and at most {LongestSensibleTimeout:c} (format hh:mm:ss, e.g. 00:00:10); it is {value:c}.");
        }
    }
}
