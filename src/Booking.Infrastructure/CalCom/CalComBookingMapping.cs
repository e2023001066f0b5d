using Booking.Application.Common.Failures;
using Booking.Domain.Bookings;
using Booking.Domain.Common;
using Booking.Domain.EventTypes;
using Booking.Infrastructure.CalCom.Json;

namespace Booking.Infrastructure.CalCom;

/// <summary>Translates between the booking aggregate and Cal.com's booking JSON, in both directions.</summary>
internal static class CalComBookingMapping
{
    public static CreateBookingBody ToBody(BookingAggregate requested, EventType? eventType) => new()
    {
        Start = Iso8601.FormatUtc(requested.Slot.Start),
        EventTypeId = requested.EventTypeId.Value,
        Attendee = new AttendeeBody
        {
            Name = requested.Attendee.Name,
            Email = requested.Attendee.Email.Value,
            TimeZone = requested.Attendee.TimeZone,
        },
        // Cal.com takes a length only from event types that offer several and rejects it otherwise; without the event
        // type it books the default length (docs/calcom.md#lengths).
        LengthInMinutes = eventType is { HasMultipleLengths: true } ? (int)requested.Slot.Duration.TotalMinutes : null,
        Location = eventType is { AcceptsAttendeeDefinedLocation: true } && requested.Metadata.Location is { } location
            ? new AttendeeDefinedLocationBody { Location = location }
            : null,
        BookingFieldsResponses = requested.Metadata.Notes is { } notes ? new BookingFieldsResponsesBody { Notes = notes } : null,
        Metadata = requested.Metadata.Values.Count == 0 ? null : requested.Metadata.Values,
    };

    /// <summary>The booking of a success reply; anything we cannot rely on is Cal.com's fault, not the caller's.</summary>
    public static BookingData DataOf(CalComSuccessResponse<BookingData>? response) =>
        response?.Status == "success" && response.Data is { } data ? data : throw Malformed("is not a success envelope with data");

    /// <summary>
    /// Reads one booking of a reply. <paramref name="attendee"/> is the attendee the booking was made or changed for,
    /// when this service knows it; otherwise the booking's first attendee is read.
    /// </summary>
    public static BookingAggregate ToBooking(BookingData data, Attendee? attendee = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        try
        {
            return BookingAggregate.Existing(
                IdOf(data.Uid) ?? throw Malformed("has no uid"),
                CalComBookingStatus.Decode(string.IsNullOrWhiteSpace(data.Status) ? throw Malformed("has no status") : data.Status),
                EventTypeId.From(data.EventType?.Id ?? data.EventTypeId ?? throw Malformed("has no event type id")),
                TimeSlot.Create(data.Start ?? throw Malformed("has no start"), data.End ?? throw Malformed("has no end")),
                attendee ?? FirstAttendeeOf(data),
                IdOf(data.RescheduledFromUid),
                IdOf(data.RescheduledToUid));
        }
        catch (DomainException broken)
        {
            throw Malformed($"breaks a rule of bookings ({broken.Message})");
        }
    }

    /// <summary>
    /// Whether a listed booking is <paramref name="requested"/>: same event type, start and attendee, and not known to
    /// have given up its slot. A status this service does not know counts as ours: booking again could book twice.
    /// </summary>
    public static bool IsBookingFor(BookingData candidate, BookingAggregate requested) =>
        CalComBookingStatus.TryDecode(candidate.Status) is not (BookingStatus.Cancelled or BookingStatus.Rejected)
        && candidate.Start?.ToUnixTimeMilliseconds() == requested.Slot.Start.ToUnixTimeMilliseconds()
        && (candidate.EventType?.Id ?? candidate.EventTypeId) == requested.EventTypeId.Value
        && candidate.Attendees?.Any(attendee =>
            string.Equals(attendee.Email, requested.Attendee.Email.Value, StringComparison.OrdinalIgnoreCase)) == true;

    private static Attendee FirstAttendeeOf(BookingData data) =>
        data.Attendees is [{ Name: { } name, Email: { } email } first, ..]
            ? Attendee.Restore(name, EmailAddress.From(email), first.TimeZone)
            : throw Malformed("has no attendee with a name and an email");

    private static ReservationId? IdOf(string? uid) => string.IsNullOrWhiteSpace(uid) ? null : ReservationId.From(uid);

    private static FailureException Malformed(string problem) => new(FailureKind.CalComFailed, $"Cal.com's booking reply {problem}.");
}
