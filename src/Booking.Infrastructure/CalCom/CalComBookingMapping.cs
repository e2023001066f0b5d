using System.Globalization;
using Booking.Application.Common.CalCom;
using Booking.Application.Common.Exceptions;
using Booking.Infrastructure.CalCom.Json;

namespace Booking.Infrastructure.CalCom;

/// <summary>Translates between the port's booking records and Cal.com's booking JSON.</summary>
internal static class CalComBookingMapping
{
    private const string UtcWithMillisecondsFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static CreateBookingBody ToBody(CalComBookingRequest request) => new()
    {
        Start = FormatInstant(request.Start),
        EventTypeId = request.EventTypeId,
        Attendee = new AttendeeBody
        {
            Name = request.AttendeeName,
            Email = request.AttendeeEmail,
            TimeZone = request.AttendeeTimeZone,
        },
        LengthInMinutes = request.LengthInMinutes,
        Location = request.Location is null ? null : new AttendeeDefinedLocationBody { Location = request.Location },
        BookingFieldsResponses = request.Notes is null ? null : new BookingFieldsResponsesBody { Notes = request.Notes },
        Metadata = request.Metadata.Count == 0 ? null : request.Metadata,
    };

    /// <summary>An instant as Cal.com writes and reads it: UTC with milliseconds.</summary>
    public static string FormatInstant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(UtcWithMillisecondsFormat, CultureInfo.InvariantCulture);

    /// <summary>Reads Cal.com's reply; anything we cannot rely on is Cal.com's fault, not the caller's.</summary>
    public static CalComBooking ToBooking(CalComSuccessResponse<BookingData>? response)
    {
        if (response?.Status != "success" || response.Data is not { } data)
        {
            throw Malformed("is not a success envelope with data");
        }

        return ToBooking(data);
    }

    /// <summary>Reads one booking of a reply (a create reply's data, or an item of a list).</summary>
    public static CalComBooking ToBooking(BookingData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var firstAttendee = data.Attendees is [var attendee, ..] ? attendee : null;

        return new CalComBooking
        {
            Uid = string.IsNullOrWhiteSpace(data.Uid) ? throw Malformed("has no uid") : data.Uid,
            Status = string.IsNullOrWhiteSpace(data.Status) ? throw Malformed("has no status") : data.Status,
            Start = data.Start ?? throw Malformed("has no start"),
            End = data.End ?? throw Malformed("has no end"),
            EventTypeId = data.EventType?.Id ?? data.EventTypeId ?? throw Malformed("has no event type id"),
            AttendeeName = firstAttendee?.Name,
            AttendeeEmail = firstAttendee?.Email,
            RescheduledFromUid = data.RescheduledFromUid,
            RescheduledToUid = data.RescheduledToUid,
        };
    }

    private static CalComUpstreamException Malformed(string problem) =>
        new($"Cal.com's booking reply {problem}.");
}
