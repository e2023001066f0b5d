using System.Text.Json;
using Booking.Application.Bookings.Commands.CreateBooking;

namespace Booking.Application.UnitTests.Bookings;

/// <summary>A valid command for a 30-minute slot a week after <see cref="Now"/>; tests change one thing at a time.</summary>
internal static class CreateBookingCommandBuilder
{
    public static readonly DateTimeOffset Now = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public static CreateBookingCommand Valid() => new()
    {
        EventTypeId = "3139331",
        Start = "2030-01-08T14:00:00.000Z",
        End = "2030-01-08T14:30:00.000Z",
        Attendee = new AttendeeInput { Name = "Jane Smith", Email = "jane.smith@example.com" },
        TimeZone = "America/New_York",
    };

    public static IReadOnlyDictionary<string, JsonElement> Metadata(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;
}
