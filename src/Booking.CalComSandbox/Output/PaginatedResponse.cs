using System.Text.Json.Serialization;

namespace Booking.CalComSandbox.Output;

internal sealed record PaginatedResponse<T>(IReadOnlyList<T> Data, Pagination Pagination)
{
    [JsonPropertyOrder(-1)]
    public string Status => "success";
}
