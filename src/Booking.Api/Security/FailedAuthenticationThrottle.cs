using System.Net;
using Booking.Api.Errors;
using Microsoft.Extensions.Options;

namespace Booking.Api.Security;

/// <summary>
/// Counts failed API keys (missing or wrong) per remote address in one-minute windows. After
/// <see cref="AuthOptions.FailedAttemptsPerMinute"/> failures the address is refused with 429 until its window closes,
/// whatever key it sends, so keys cannot be guessed at speed. Failures are logged in aggregate: one line for the first
/// of a window and one when the address is refused, instead of one line per attempt.
/// </summary>
public sealed partial class FailedAuthenticationThrottle(IOptions<AuthOptions> options, TimeProvider timeProvider, ILogger<FailedAuthenticationThrottle> logger)
{
    private static readonly object AggregatedKey = new();

    private readonly FixedWindowCounter failures = new(options.Value.FailedAttemptsPerMinute, TimeSpan.FromMinutes(1), timeProvider);

    /// <summary>True when the address of <paramref name="context"/> is refused for now; <paramref name="retryAfter"/> says how long.</summary>
    public bool IsRefused(HttpContext context, out TimeSpan retryAfter)
    {
        var refused = failures.IsFull(AddressOf(context), out retryAfter);
        if (refused)
        {
            context.Items[AggregatedKey] = true;
        }

        return refused;
    }

    /// <summary>Counts a failed authentication of <paramref name="context"/>'s address.</summary>
    public void RecordFailure(HttpContext context)
    {
        context.Items[AggregatedKey] = true;
        var address = AddressOf(context);
        failures.TryHit(address, out var retryAfter, out var count);
        if (count == 1)
        {
            LogFirstFailure(logger, address, failures.Limit);
        }

        if (count == failures.Limit)
        {
            LogRefused(logger, count, address, ErrorResponseWriter.RetryAfterSeconds(retryAfter));
        }
    }

    /// <summary>True for a request whose failed authentication is logged here, in aggregate, rather than on its own line.</summary>
    public static bool IsLoggedInAggregate(HttpContext context) => context.Items.ContainsKey(AggregatedKey);

    public static ApiError TooManyFailures(TimeSpan retryAfter) =>
        ErrorTable.RateLimited.ToApiError(
            $"Too many requests with a missing or wrong {AuthOptions.HeaderName} came from this address; retry after "
            + $"{ErrorResponseWriter.RetryAfterSeconds(retryAfter)} s.",
            retryAfter);

    private static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    [LoggerMessage(Level = LogLevel.Information,
        Message = "A missing or wrong API key from {ClientAddress}; its further failures this minute are counted, and after {Limit} it is refused")]
    private static partial void LogFirstFailure(ILogger logger, string clientAddress, int limit);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "{Failures} missing or wrong API keys from {ClientAddress} within a minute; refusing it with 429 for {RetryAfterSeconds} s")]
    private static partial void LogRefused(ILogger logger, int failures, string clientAddress, string retryAfterSeconds);
}
