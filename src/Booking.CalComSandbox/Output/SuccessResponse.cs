using System.Text.Json.Serialization;

namespace Booking.CalComSandbox.Output;

internal sealed record SuccessResponse<T>(T Data)
{
    [JsonPropertyOrder(-1)]
    public string Status => "success";
}
