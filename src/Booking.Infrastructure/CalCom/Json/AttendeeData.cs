namespace Booking.Infrastructure.CalCom.Json;

internal sealed record AttendeeData
{
    public string? Name { get; init; }

    public string? Email { get; init; }

    public string? TimeZone { get; init; }
}
