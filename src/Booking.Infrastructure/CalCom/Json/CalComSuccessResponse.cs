namespace Booking.Infrastructure.CalCom.Json;

/// <summary>Cal.com's success wrapper: <c>{ "status": "success", "data": … }</c>.</summary>
internal sealed record CalComSuccessResponse<TData>
    where TData : class
{
    public string? Status { get; init; }

    public TData? Data { get; init; }
}
