using Booking.Application.Bookings.Commands.CreateBooking;
using Booking.Domain.Bookings;

namespace Booking.Application.UnitTests.Bookings;

/// <summary>
/// A booking request as a client writes it, valid by default (a 30-minute slot a week after <see cref="TestBookings.Now"/>),
/// read into a command the way the API does; tests change one thing with <c>with</c>.
/// </summary>
internal sealed record CreateBookingInput
{
    public string? EventTypeId { get; init; } = "3139331";

    public string? Start { get; init; } = "2030-01-08T14:00:00.000Z";

    public string? End { get; init; } = "2030-01-08T14:30:00.000Z";

    public (string? Name, string? Email)? Attendee { get; init; } = ("Jane Smith", "jane.smith@example.com");

    public string? TimeZone { get; init; } = "America/New_York";

    /// <summary>Values as the API passes them on; null for one that is not text, a number or a boolean.</summary>
    public IReadOnlyCollection<KeyValuePair<string, string?>>? Metadata { get; init; }

    public static CreateBookingInput Valid() => new();

    public static IReadOnlyCollection<KeyValuePair<string, string?>> MetadataOf(params (string Key, string? Value)[] entries) =>
        entries.Select(entry => KeyValuePair.Create(entry.Key, entry.Value)).ToList();

    public CreateBookingCommand ToCommand() => new()
    {
        EventTypeId = Domain.Bookings.EventTypeId.Parse(EventTypeId),
        Slot = TimeSlot.Parse(Start, End),
        Attendee = Domain.Bookings.Attendee.Parse(Attendee, TimeZone),
        Metadata = BookingMetadata.Parse(Metadata),
    };
}
