using System.Text.Json.Nodes;
using Booking.CalComSandbox.Http;
using Booking.CalComSandbox.Scheduling;

namespace Booking.CalComSandbox.Output;

internal static class BookingOutputs
{
    public static BookingOutput Current(StoredBooking booking) => new()
    {
        Id = booking.Id,
        Uid = booking.Uid,
        Title = booking.Title,
        Description = booking.Description,
        Hosts =
        [
            new BookingHostOutput
            {
                Id = booking.Host.Id,
                Name = booking.Host.Name,
                Email = booking.Host.Email,
                Username = booking.Host.Username,
                TimeZone = booking.Host.TimeZone,
            },
        ],
        Status = booking.Status,
        CancellationReason = booking.CancellationReason,
        CancelledByEmail = booking.CancelledByEmail,
        ReschedulingReason = booking.ReschedulingReason,
        RescheduledByEmail = booking.RescheduledByEmail,
        RescheduledFromUid = booking.RescheduledFromUid,
        RescheduledToUid = booking.RescheduledToUid,
        Start = SandboxJson.Utc(booking.Start),
        End = SandboxJson.Utc(booking.End),
        Duration = booking.DurationInMinutes,
        EventTypeId = booking.EventType.Id,
        EventType = new EventTypeReference(booking.EventType.Id, booking.EventType.Slug),
        MeetingUrl = booking.Location,
        Location = booking.Location,
        CreatedAt = SandboxJson.Utc(booking.CreatedAt),
        UpdatedAt = SandboxJson.Utc(booking.UpdatedAt),
        Metadata = booking.Metadata,
        IcsUid = booking.ICalUid,
        Attendees =
        [
            new BookingAttendeeOutput
            {
                Name = booking.Attendee.Name,
                Email = booking.Attendee.Email,
                TimeZone = booking.Attendee.TimeZone,
                Language = booking.Attendee.Language,
                PhoneNumber = booking.Attendee.PhoneNumber,
            },
        ],
        Guests = booking.Guests.Count > 0 ? booking.Guests : null,
        BookingFieldsResponses = booking.BookingFieldsResponses,
    };

    /// <summary>The 2024-04-15 shape a caller gets when it forgets <c>cal-api-version</c>: upper-case status, startTime/endTime, a user.</summary>
    public static JsonObject Legacy(StoredBooking booking) => new()
    {
        ["id"] = booking.Id,
        ["uid"] = booking.Uid,
        ["title"] = booking.Title,
        ["description"] = booking.Description,
        ["startTime"] = SandboxJson.Utc(booking.Start),
        ["endTime"] = SandboxJson.Utc(booking.End),
        ["status"] = booking.Status.ToUpperInvariant(),
        ["eventTypeId"] = booking.EventType.Id,
        ["userId"] = booking.Host.Id,
        ["user"] = new JsonObject
        {
            ["id"] = booking.Host.Id,
            ["name"] = booking.Host.Name,
            ["email"] = booking.Host.Email,
            ["username"] = booking.Host.Username,
            ["timeZone"] = booking.Host.TimeZone,
        },
        ["attendees"] = new JsonArray(new JsonObject
        {
            ["name"] = booking.Attendee.Name,
            ["email"] = booking.Attendee.Email,
            ["timeZone"] = booking.Attendee.TimeZone,
            ["locale"] = booking.Attendee.Language,
        }),
        ["location"] = booking.Location,
        ["cancellationReason"] = booking.CancellationReason,
        ["fromReschedule"] = booking.RescheduledFromUid,
        ["rescheduled"] = booking.RescheduledToUid is not null,
        ["createdAt"] = SandboxJson.Utc(booking.CreatedAt),
    };
}
