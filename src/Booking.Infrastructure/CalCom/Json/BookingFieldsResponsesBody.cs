namespace Booking.Infrastructure.CalCom.Json;

internal sealed record BookingFieldsResponsesBody
{
    public required string Notes { get; init; }
}
