namespace Booking.Infrastructure.CalCom.Json;

internal sealed record EventTypeLocationData
{
    public string? Type { get; init; }
}
