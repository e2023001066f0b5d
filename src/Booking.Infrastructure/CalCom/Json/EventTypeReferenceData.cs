namespace Booking.Infrastructure.CalCom.Json;

internal sealed record EventTypeReferenceData
{
    public int? Id { get; init; }
}
