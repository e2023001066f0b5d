using System.Text.Json.Nodes;
using Booking.CalComSandbox.Scheduling;
using Booking.CalComSandbox.Seed;

namespace Booking.CalComSandbox.Webhooks;

/// <summary>
/// <c>organizer</c> and <c>attendees</c> as each Cal.com flow builds them, plus the <c>utcOffset</c> (minutes at the
/// start time) that <c>sendPayload</c> adds. A language's translate function is dropped by JSON, leaving <c>{locale}</c>.
/// </summary>
internal static class PayloadPeople
{
    private const string TimeFormat = "h:mma";

    /// <summary>The booking core's organizer, from the host's user row.</summary>
    public static JsonObject CoreOrganizer(SeedHost host, DateTimeOffset at) => new()
    {
        ["id"] = host.Id,
        ["name"] = host.Name,
        ["email"] = host.Email,
        ["username"] = host.Username,
        ["timeZone"] = host.TimeZone,
        ["language"] = Language("en"),
        ["timeFormat"] = TimeFormat,
        ["utcOffset"] = UtcOffset(host.TimeZone, at),
    };

    /// <summary>The cancel flow's organizer.</summary>
    public static JsonObject CancelOrganizer(SeedHost host, DateTimeOffset at) => new()
    {
        ["id"] = host.Id,
        ["username"] = host.Username,
        ["email"] = host.Email,
        ["name"] = host.Name,
        ["timeZone"] = host.TimeZone,
        ["timeFormat"] = TimeFormat,
        ["language"] = Language("en"),
        ["utcOffset"] = UtcOffset(host.TimeZone, at),
    };

    /// <summary>The host confirm/decline flow's organizer.</summary>
    public static JsonObject DecisionOrganizer(SeedHost host, DateTimeOffset at) => new()
    {
        ["id"] = host.Id,
        ["email"] = host.Email,
        ["name"] = host.Name,
        ["username"] = host.Username,
        ["timeZone"] = host.TimeZone,
        ["timeFormat"] = TimeFormat,
        ["language"] = Language("en"),
        ["utcOffset"] = UtcOffset(host.TimeZone, at),
    };

    /// <summary>The booking core's attendee list: the booker, then each guest (no name, the booker's time zone).</summary>
    public static JsonArray CoreAttendees(StoredBooking booking)
    {
        var attendee = booking.Attendee;
        var booker = new JsonObject { ["email"] = attendee.Email, ["name"] = attendee.Name };
        if (attendee.PhoneNumber is { } phone)
        {
            booker["phoneNumber"] = phone;
        }

        booker["firstName"] = "";
        booker["lastName"] = "";
        booker["timeZone"] = attendee.TimeZone;
        booker["language"] = Language(attendee.Language);
        booker["utcOffset"] = UtcOffset(attendee.TimeZone, booking.Start);
        var attendees = new JsonArray(booker);
        foreach (var guest in booking.Guests)
        {
            attendees.Add(new JsonObject
            {
                ["email"] = guest,
                ["name"] = "",
                ["firstName"] = "",
                ["lastName"] = "",
                ["timeZone"] = attendee.TimeZone,
                ["language"] = Language("en"),
                ["utcOffset"] = UtcOffset(attendee.TimeZone, booking.Start),
            });
        }

        return attendees;
    }

    /// <summary>Attendees as the cancel and confirm flows read them back from the database.</summary>
    public static JsonArray StoredAttendees(StoredBooking booking)
    {
        var attendee = booking.Attendee;
        var attendees = new JsonArray(Stored(attendee.Name, attendee.Email, attendee.TimeZone, attendee.PhoneNumber, attendee.Language, booking.Start));
        foreach (var guest in booking.Guests)
        {
            attendees.Add(Stored("", guest, attendee.TimeZone, phoneNumber: null, "en", booking.Start));
        }

        return attendees;
    }

    public static JsonObject Language(string locale) => new() { ["locale"] = locale };

    /// <summary>Cal.com's <c>getUTCOffsetByTimezone</c>: the zone's offset from UTC in minutes at that instant.</summary>
    public static int UtcOffset(string timeZone, DateTimeOffset at) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? (int)zone.GetUtcOffset(at).TotalMinutes : 0;

    private static JsonObject Stored(string name, string email, string timeZone, string? phoneNumber, string locale, DateTimeOffset at) => new()
    {
        ["name"] = name,
        ["email"] = email,
        ["timeZone"] = timeZone,
        ["phoneNumber"] = phoneNumber,
        ["language"] = Language(locale),
        ["utcOffset"] = UtcOffset(timeZone, at),
    };
}
