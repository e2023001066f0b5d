using Booking.Domain.Bookings;
using Booking.Domain.EventTypes;

namespace Booking.Infrastructure.Tests.Support;

/// <summary>What the application hands the gateway: requested and existing bookings, and event types.</summary>
public static class BookingRequests
{
    public const string AttendeeName = "Jane Roe";
    public const string AttendeeEmail = "jane.roe@example.com";
    public const string Uid = "bk_7f3a";

    /// <summary>13:00 UTC, the start <see cref="CalComReplies"/> answers with.</summary>
    public static readonly DateTimeOffset Start = new(2030, 1, 8, 15, 0, 0, TimeSpan.FromHours(2));

    /// <summary>When the bookings are requested: before <see cref="Start"/>.</summary>
    public static readonly DateTimeOffset Now = new(2029, 12, 1, 10, 0, 0, TimeSpan.Zero);

    public static readonly EventTypeId EventTypeId = EventTypeId.From(42);

    public static Attendee Attendee { get; } = Attendee.Parse((AttendeeName, AttendeeEmail), "Europe/Berlin").Value;

    /// <summary>A booking of event type 42 for 30 minutes from <see cref="Start"/>, without metadata.</summary>
    public static BookingAggregate Valid(BookingMetadata? metadata = null, int minutes = 30) =>
        BookingAggregate.Request(EventTypeId, TimeSlot.Create(Start, Start.AddMinutes(minutes)), Attendee, metadata ?? BookingMetadata.None, Now);

    /// <summary>Metadata as a client sends it once the API has written its numbers and booleans as text.</summary>
    public static BookingMetadata Metadata(params (string Key, string Value)[] entries) =>
        BookingMetadata.Parse([.. entries.Select(entry => KeyValuePair.Create(entry.Key, (string?)entry.Value))]).Value;

    /// <summary>A booking Cal.com holds (uid <see cref="Uid"/>), as the gateway reads it before changing it.</summary>
    public static BookingAggregate Existing(BookingStatus status = BookingStatus.Confirmed) =>
        BookingAggregate.Existing(ReservationId.From(Uid), status, EventTypeId, TimeSlot.Create(Start, Start.AddMinutes(30)), Attendee);

    /// <summary>Event type 42 as Cal.com serves it; vary it with <c>with</c>.</summary>
    public static EventType EventType(int lengthInMinutes = 30) => new() { Id = EventTypeId, LengthInMinutes = lengthInMinutes };
}
