namespace Booking.CalComSandbox.Webhooks;

/// <summary>One delivery the sandbox made, dropped or failed to make; no body, headers, URL or secret.</summary>
internal sealed record WebhookDelivery
{
    public const string Answered = "answered";
    public const string Failed = "failed";
    public const string Dropped = "dropped";

    public required string At { get; init; }

    public required string Trigger { get; init; }

    public required string WebhookId { get; init; }

    public string? BookingUid { get; init; }

    /// <summary><see cref="Answered"/> (any status), <see cref="Failed"/> (no answer) or <see cref="Dropped"/> by a fault.</summary>
    public required string Outcome { get; init; }

    public int? ResponseStatus { get; init; }

    public string? Failure { get; init; }
}
