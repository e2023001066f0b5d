using System.Globalization;
using Booking.CalComSandbox.Http;

namespace Booking.CalComSandbox.Validation;

/// <summary>The strict query of <c>GET /v2/slots</c> (2024-09-04).</summary>
internal sealed record SlotQuery
{
    private static readonly IReadOnlySet<string> AllowedParameters = new HashSet<string>(StringComparer.Ordinal)
    {
        "start", "end", "eventTypeId", "eventTypeSlug", "username", "teamSlug", "organizationSlug", "usernames",
        "timeZone", "duration", "format", "bookingUidToReschedule",
    };

    public required DateTimeOffset Start { get; init; }

    public required DateTimeOffset End { get; init; }

    public int? EventTypeId { get; init; }

    public string? EventTypeSlug { get; init; }

    public string? Username { get; init; }

    public required TimeZoneInfo TimeZone { get; init; }

    public int? Duration { get; init; }

    public bool RangeFormat { get; init; }

    public static SlotQuery Parse(IQueryCollection query)
    {
        var errors = query.Keys.Where(k => !AllowedParameters.Contains(k)).Select(ValidationError.UnknownProperty).ToList();
        var start = BoundOf(query, "start", endOfDay: false, errors);
        var end = BoundOf(query, "end", endOfDay: true, errors);
        var eventTypeId = IntegerOf(query, "eventTypeId", errors);
        var duration = IntegerOf(query, "duration", errors);
        var timeZoneId = query["timeZone"].FirstOrDefault();
        if (timeZoneId is not null && !CalComFormats.IsIanaTimeZone(timeZoneId))
        {
            errors.Add(ValidationError.Of("timeZone", "timeZone must be a valid IANA time zone"));
        }

        var format = query["format"].FirstOrDefault();
        if (format is not null and not "time" and not "range")
        {
            errors.Add(ValidationError.Of("format", "format must be one of the following values: time, range"));
        }

        if (errors.Count > 0)
        {
            throw CalComProblemException.BadRequest(ValidationError.Flatten(errors));
        }

        var eventTypeSlug = query["eventTypeSlug"].FirstOrDefault();
        var username = query["username"].FirstOrDefault();
        if (eventTypeId is null && (eventTypeSlug is null || username is null))
        {
            throw CalComProblemException.BadRequest(
                "Either eventTypeId or eventTypeSlug + username or eventTypeSlug + teamSlug or usernames + organizationSlug must be provided");
        }

        if (end < start)
        {
            throw CalComProblemException.BadRequest(
                "Invalid time range given - check the \"start\" and \"end\" query parameters: \"end\" is before \"start\".");
        }

        return new SlotQuery
        {
            Start = start!.Value,
            End = end!.Value,
            EventTypeId = eventTypeId,
            EventTypeSlug = eventTypeSlug,
            Username = username,
            TimeZone = timeZoneId is null ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(timeZoneId),
            Duration = duration,
            RangeFormat = format == "range",
        };
    }

    private static DateTimeOffset? BoundOf(IQueryCollection query, string name, bool endOfDay, List<ValidationError> errors)
    {
        var value = query[name].FirstOrDefault();
        if (value is null || !CalComFormats.TryParseIsoInstant(value, out var instant))
        {
            errors.Add(ValidationError.Of(name, $"{name} must be a valid ISO 8601 date string"));
            return null;
        }

        // A date-only end means the whole day.
        return endOfDay && CalComFormats.IsDateOnly(value) ? instant.AddDays(1).AddSeconds(-1) : instant;
    }

    private static int? IntegerOf(IQueryCollection query, string name, List<ValidationError> errors)
    {
        var value = query[name].FirstOrDefault();
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
        {
            return number;
        }

        errors.Add(ValidationError.Of(name, $"{name} must be a positive integer"));
        return null;
    }
}
