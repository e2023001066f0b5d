namespace Booking.CalComSandbox.Faults;

/// <summary>What a test may want to know about a request; the Authorization value itself is never kept.</summary>
internal sealed record RequestLogEntry
{
    public required string At { get; init; }

    public required string Method { get; init; }

    public required string Path { get; init; }

    public required string Query { get; init; }

    public string? CalApiVersion { get; init; }

    public required bool HasAuthorization { get; init; }

    public string? CorrelationId { get; init; }

    public string? Body { get; init; }

    /// <summary><c>null</c> when no response was sent (a dropped connection or a lost response).</summary>
    public int? ResponseStatus { get; init; }

    public string? Fault { get; init; }
}
