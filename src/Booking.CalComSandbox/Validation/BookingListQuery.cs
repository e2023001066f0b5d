using System.Globalization;
using Booking.CalComSandbox.Http;
using Booking.CalComSandbox.Scheduling;

namespace Booking.CalComSandbox.Validation;

/// <summary>The filters of <c>GET /v2/bookings</c> that the sandbox honours; other parameters are stripped, as Cal.com's global pipe does.</summary>
internal sealed record BookingListQuery
{
    private const int DefaultTake = 100;
    private const int MaxTake = 250;
    private static readonly string[] KnownStatuses = ["upcoming", "recurring", "past", "cancelled", "unconfirmed"];

    public string? AttendeeEmail { get; init; }

    public string? AttendeeName { get; init; }

    public string? BookingUid { get; init; }

    public IReadOnlySet<int> EventTypeIds { get; init; } = new HashSet<int>();

    public DateTimeOffset? AfterStart { get; init; }

    public DateTimeOffset? BeforeEnd { get; init; }

    public DateTimeOffset? AfterCreatedAt { get; init; }

    public IReadOnlyList<string> Statuses { get; init; } = [];

    public bool SortStartDescending { get; init; }

    public int Take { get; init; } = DefaultTake;

    public int Skip { get; init; }

    public static BookingListQuery Parse(IQueryCollection query)
    {
        var errors = new List<ValidationError>();
        var statuses = ListOf(query["status"]);
        if (statuses.Any(s => !KnownStatuses.Contains(s)))
        {
            errors.Add(ValidationError.Of(
                "status", $"each value in status must be one of the following values: {string.Join(", ", KnownStatuses)}"));
        }

        var eventTypeIds = ListOf(query["eventTypeId"]).Concat(ListOf(query["eventTypeIds"])).ToList();
        var parsedIds = eventTypeIds.Select(id => int.TryParse(id, CultureInfo.InvariantCulture, out var n) ? n : (int?)null).ToList();
        if (parsedIds.Any(id => id is null))
        {
            errors.Add(ValidationError.Of("eventTypeId", "eventTypeId must be an integer number"));
        }

        var result = new BookingListQuery
        {
            AttendeeEmail = query["attendeeEmail"].FirstOrDefault(),
            AttendeeName = query["attendeeName"].FirstOrDefault(),
            BookingUid = query["bookingUid"].FirstOrDefault(),
            EventTypeIds = parsedIds.OfType<int>().ToHashSet(),
            AfterStart = InstantOf(query, "afterStart", errors),
            BeforeEnd = InstantOf(query, "beforeEnd", errors),
            AfterCreatedAt = InstantOf(query, "afterCreatedAt", errors),
            Statuses = statuses,
            SortStartDescending = query["sortStart"] == "desc",
            Take = IntegerOf(query, "take", DefaultTake, minimum: 1, maximum: MaxTake, errors),
            Skip = IntegerOf(query, "skip", 0, minimum: 0, maximum: int.MaxValue, errors),
        };
        if (errors.Count > 0)
        {
            throw CalComProblemException.BadRequest(ValidationError.Flatten(errors));
        }

        return result;
    }

    public IEnumerable<StoredBooking> Filter(IEnumerable<StoredBooking> bookings, DateTimeOffset now)
    {
        var matching = bookings.Where(b =>
            (AttendeeEmail is null || string.Equals(b.Attendee.Email, AttendeeEmail, StringComparison.OrdinalIgnoreCase))
            && (AttendeeName is null || b.Attendee.Name.Contains(AttendeeName, StringComparison.OrdinalIgnoreCase))
            && (BookingUid is null || b.Uid == BookingUid)
            && (EventTypeIds.Count == 0 || EventTypeIds.Contains(b.EventType.Id))
            && (AfterStart is null || b.Start >= AfterStart)
            && (BeforeEnd is null || b.End <= BeforeEnd)
            && (AfterCreatedAt is null || b.CreatedAt >= AfterCreatedAt)
            && (Statuses.Count == 0 || Statuses.Any(s => HasStatus(b, s, now))));
        return SortStartDescending
            ? matching.OrderByDescending(b => b.Start).ThenByDescending(b => b.Id)
            : matching.OrderBy(b => b.Start).ThenBy(b => b.Id);
    }

    private static bool HasStatus(StoredBooking booking, string status, DateTimeOffset now) => status switch
    {
        "upcoming" => booking.BlocksHost && booking.End >= now,
        "past" => booking.BlocksHost && booking.End < now,
        "cancelled" => booking.Status is BookingStatuses.Cancelled or BookingStatuses.Rejected,
        "unconfirmed" => booking.Status == BookingStatuses.Pending && booking.End >= now,
        _ => false,
    };

    private static List<string> ListOf(Microsoft.Extensions.Primitives.StringValues values) =>
        [.. values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    private static DateTimeOffset? InstantOf(IQueryCollection query, string name, List<ValidationError> errors)
    {
        var value = query[name].FirstOrDefault();
        if (value is null)
        {
            return null;
        }

        if (CalComFormats.TryParseIsoInstant(value, out var instant))
        {
            return instant;
        }

        errors.Add(ValidationError.Of(name, $"{name} must be a valid ISO 8601 date string"));
        return null;
    }

    private static int IntegerOf(IQueryCollection query, string name, int fallback, int minimum, int maximum, List<ValidationError> errors)
    {
        var value = query[name].FirstOrDefault();
        if (value is null)
        {
            return fallback;
        }

        if (int.TryParse(value, CultureInfo.InvariantCulture, out var number) && number >= minimum && number <= maximum)
        {
            return number;
        }

        errors.Add(ValidationError.Of(name, $"{name} must be an integer between {minimum} and {maximum}"));
        return fallback;
    }
}
