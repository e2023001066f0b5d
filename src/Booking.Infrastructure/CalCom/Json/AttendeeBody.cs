namespace Booking.Infrastructure.CalCom.Json;

internal sealed record AttendeeBody
{
    public required string Name { get; init; }

    public required string Email { get; init; }

    public required string TimeZone { get; init; }
}
