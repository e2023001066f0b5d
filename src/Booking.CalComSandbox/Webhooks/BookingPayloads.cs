using System.Text.Json;
using System.Text.Json.Nodes;
using Booking.CalComSandbox.Http;
using Booking.CalComSandbox.Scheduling;

namespace Booking.CalComSandbox.Webhooks;

/// <summary>
/// The <c>payload</c> of Cal.com's booking webhooks (version 2021-10-20). Cal.com builds it in three places, each from
/// its own calendar event, so the three builders differ as Cal.com's do: which keys exist, which are <c>null</c>
/// rather than absent, and how times are written. Statuses are upper case here, unlike API v2's bookings.
/// Video-app results (<c>videoCallData</c>, <c>appsStatus</c>, <c>conferenceData</c>) are not modelled.
/// </summary>
internal static class BookingPayloads
{
    private const string BookerUrl = "https://cal.com";
    private const string Currency = "usd";

    /// <summary>
    /// The booking core (<c>RegularBookingService</c>): a new booking, or the new booking of a reschedule, which then
    /// carries <c>rescheduleId</c>, <c>rescheduleUid</c>, <c>rescheduleStartTime</c>, <c>rescheduleEndTime</c> and
    /// <c>rescheduledBy</c>. Status ACCEPTED or PENDING.
    /// </summary>
    public static JsonObject FromBookingCore(StoredBooking booking, StoredBooking? rescheduled)
    {
        var eventType = booking.EventType;
        var notes = BookingResponses.NotesOf(booking);
        var payload = new JsonObject
        {
            ["bookerUrl"] = BookerUrl,
            ["title"] = booking.Title,
            ["startTime"] = SandboxJson.UtcSeconds(booking.Start),
            ["endTime"] = SandboxJson.UtcSeconds(booking.End),
        };
        AddUnlessNull(payload, "additionalNotes", notes);
        payload["type"] = eventType.Slug;
        AddUnlessNull(payload, "description", NonEmpty(eventType.Description) ?? notes);
        payload["eventTypeId"] = eventType.Id;
        payload["hideCalendarNotes"] = false;
        payload["hideCalendarEventDetails"] = false;
        payload["hideOrganizerEmail"] = false;
        payload["schedulingType"] = null;
        payload["seatsPerTimeSlot"] = null;
        payload["seatsShowAttendees"] = true;
        payload["seatsShowAvailabilityCount"] = true;
        payload["customReplyToEmail"] = null;
        payload["disableRescheduling"] = false;
        payload["disableCancelling"] = false;
        payload["organizer"] = PayloadPeople.CoreOrganizer(booking.Host, booking.Start);
        payload["attendees"] = PayloadPeople.CoreAttendees(booking);
        payload["customInputs"] = new JsonObject();
        payload["responses"] = BookingResponses.All(booking);
        payload["userFieldsResponses"] = BookingResponses.UserFieldsOnly(booking);
        payload["location"] = booking.Location;
        payload["destinationCalendar"] = null;
        payload["iCalUID"] = booking.ICalUid;
        payload["iCalSequence"] = booking.ICalSequence;
        payload["requiresConfirmation"] = booking.Status == BookingStatuses.Pending;
        payload["oneTimePassword"] = null;
        payload["organizationId"] = null;
        payload["hashedLink"] = null;
        payload["uid"] = booking.Uid;
        payload["eventTitle"] = eventType.Title;
        payload["eventDescription"] = eventType.Description;
        payload["price"] = 0;
        payload["currency"] = Currency;
        payload["length"] = booking.DurationInMinutes;
        payload["bookingId"] = booking.Id;
        if (rescheduled is not null)
        {
            payload["rescheduleId"] = rescheduled.Id;
            payload["rescheduleUid"] = rescheduled.Uid;
            payload["rescheduleStartTime"] = SandboxJson.UtcSeconds(rescheduled.Start);
            payload["rescheduleEndTime"] = SandboxJson.UtcSeconds(rescheduled.End);
        }

        payload["metadata"] = CoreMetadata(booking);
        payload["status"] = UpperCase(booking.Status);
        AddUnlessNull(payload, "rescheduledBy", booking.RescheduledByEmail);
        return payload;
    }

    /// <summary><c>handleCancelBooking</c>: no <c>metadata</c>, <c>+00:00</c> times, the event type's length.</summary>
    public static JsonObject Cancelled(StoredBooking booking, string? cancelledBy)
    {
        var eventType = booking.EventType;
        var notes = BookingResponses.NotesOf(booking);
        var payload = new JsonObject
        {
            ["bookerUrl"] = BookerUrl,
            ["title"] = booking.Title,
            ["length"] = eventType.LengthInMinutes,
            ["type"] = eventType.Slug,
            ["additionalNotes"] = notes,
            ["description"] = NonEmpty(eventType.Description) ?? NonEmpty(notes),
            ["customInputs"] = new JsonObject(),
            ["eventTypeId"] = eventType.Id,
            ["userFieldsResponses"] = BookingResponses.UserFieldsOnly(booking),
            ["responses"] = BookingResponses.All(booking),
            ["startTime"] = SandboxJson.UtcSecondsWithOffset(booking.Start),
            ["endTime"] = SandboxJson.UtcSecondsWithOffset(booking.End),
            ["organizer"] = PayloadPeople.CancelOrganizer(booking.Host, booking.Start),
            ["attendees"] = PayloadPeople.StoredAttendees(booking),
            ["uid"] = booking.Uid,
            ["bookingId"] = booking.Id,
            ["location"] = booking.Location,
            ["destinationCalendar"] = new JsonArray(),
        };
        AddUnlessNull(payload, "cancellationReason", booking.CancellationReason);
        payload["seatsPerTimeSlot"] = null;
        payload["seatsShowAttendees"] = false;
        payload["iCalUID"] = booking.ICalUid;
        payload["iCalSequence"] = booking.ICalSequence;
        payload["hideOrganizerEmail"] = false;
        payload["customReplyToEmail"] = null;
        payload["organizationId"] = null;

        // Cal.com's `x || null` turns an empty description, a false requiresConfirmation and a zero price into null.
        payload["eventTitle"] = NonEmpty(eventType.Title);
        payload["eventDescription"] = NonEmpty(eventType.Description);
        payload["requiresConfirmation"] = eventType.RequiresConfirmation ? true : null;
        payload["price"] = null;
        payload["currency"] = Currency;
        payload["status"] = "CANCELLED";
        AddUnlessNull(payload, "cancelledBy", cancelledBy);
        payload["requestReschedule"] = false;
        return payload;
    }

    /// <summary>
    /// The host's confirm or decline (<c>confirm.handler</c>): BOOKING_CREATED with status ACCEPTED, or
    /// BOOKING_REJECTED. This flow sends neither <c>iCalUID</c> nor <c>iCalSequence</c>; times have milliseconds.
    /// </summary>
    public static JsonObject HostDecision(StoredBooking booking)
    {
        var eventType = booking.EventType;
        var notes = BookingResponses.NotesOf(booking);
        var payload = new JsonObject
        {
            ["type"] = eventType.Slug,
            ["title"] = booking.Title,
            ["description"] = NonEmpty(notes),
            ["bookerUrl"] = BookerUrl,
            ["userFieldsResponses"] = BookingResponses.UserFieldsOnly(booking),
            ["responses"] = BookingResponses.All(booking),
            ["customInputs"] = new JsonObject(),
            ["startTime"] = SandboxJson.Utc(booking.Start),
            ["endTime"] = SandboxJson.Utc(booking.End),
            ["organizer"] = PayloadPeople.DecisionOrganizer(booking.Host, booking.Start),
            ["attendees"] = PayloadPeople.StoredAttendees(booking),
            ["location"] = booking.Location,
            ["uid"] = booking.Uid,
            ["destinationCalendar"] = new JsonArray(),
            ["requiresConfirmation"] = eventType.RequiresConfirmation ? true : null,
            ["hideOrganizerEmail"] = false,
            ["hideCalendarNotes"] = false,
            ["hideCalendarEventDetails"] = false,
            ["eventTypeId"] = eventType.Id,
            ["customReplyToEmail"] = null,
            ["organizationId"] = null,
            ["additionalNotes"] = notes,
        };
        AddUnlessNull(payload, "rejectionReason", booking.Status == BookingStatuses.Rejected ? booking.RejectionReason : null);
        payload["eventTitle"] = eventType.Title;
        payload["eventDescription"] = eventType.Description;
        payload["price"] = 0;
        payload["currency"] = Currency;
        payload["length"] = eventType.LengthInMinutes;
        payload["bookingId"] = booking.Id;
        payload["status"] = UpperCase(booking.Status);
        if (booking.Status == BookingStatuses.Accepted && booking.Location.StartsWith("http", StringComparison.Ordinal))
        {
            payload["metadata"] = new JsonObject { ["videoCallUrl"] = booking.Location };
        }

        return payload;
    }

    /// <summary>What the "Ping test" button of Cal.com's webhook form sends (<c>testTrigger.handler</c>).</summary>
    public static JsonObject Ping(DateTimeOffset now) => new()
    {
        ["type"] = "Test",
        ["title"] = "Test trigger event",
        ["startTime"] = SandboxJson.Utc(now),
        ["endTime"] = SandboxJson.Utc(now),
        ["attendees"] = new JsonArray(new JsonObject
        {
            ["email"] = "jdoe@example.com",
            ["name"] = "John Doe",
            ["timeZone"] = "Europe/London",
            ["language"] = PayloadPeople.Language("en"),
            ["utcOffset"] = PayloadPeople.UtcOffset("Europe/London", now),
        }),
        ["organizer"] = new JsonObject
        {
            ["name"] = "Cal",
            ["email"] = "no-reply@cal.com",
            ["timeZone"] = "Europe/London",
            ["language"] = PayloadPeople.Language("en"),
            ["utcOffset"] = PayloadPeople.UtcOffset("Europe/London", now),
        },
    };

    /// <summary>
    /// <c>{videoCallUrl}</c> when the booking has a web location, merged with the booker's metadata. A pending booking
    /// has no video room yet, so its Cal Video link (the one carrying its uid) is not there.
    /// </summary>
    private static JsonObject CoreMetadata(StoredBooking booking)
    {
        var metadata = new JsonObject();
        var hasVideoRoom = booking.Status != BookingStatuses.Pending || !booking.Location.Contains(booking.Uid, StringComparison.Ordinal);
        if (booking.Location.StartsWith("http", StringComparison.Ordinal) && hasVideoRoom)
        {
            metadata["videoCallUrl"] = booking.Location;
        }

        foreach (var (key, value) in booking.Metadata)
        {
            metadata[key] = JsonSerializer.SerializeToNode(value);
        }

        return metadata;
    }

    private static string UpperCase(string status) => status.ToUpperInvariant();

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static void AddUnlessNull(JsonObject payload, string name, string? value)
    {
        if (value is not null)
        {
            payload[name] = value;
        }
    }
}
