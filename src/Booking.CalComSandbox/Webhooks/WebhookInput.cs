namespace Booking.CalComSandbox.Webhooks;

/// <summary>The body of <c>POST</c> or <c>PATCH /v2/webhooks</c> after Cal.com's validation; <c>null</c> means absent.</summary>
internal sealed record WebhookInput
{
    public bool? Active { get; init; }

    public string? SubscriberUrl { get; init; }

    public IReadOnlyList<string>? Triggers { get; init; }

    public string? Version { get; init; }

    public Provided<string?> PayloadTemplate { get; init; }

    public Provided<string?> Secret { get; init; }

    /// <summary>
    /// <c>active</c>, <c>subscriberUrl</c>, <c>triggers</c> or <c>version</c> sent as <c>null</c>: validation lets it
    /// through (<c>IsOptional</c> skips <c>null</c>) and then Prisma refuses the write, which Cal.com answers with a 500.
    /// </summary>
    public bool NullsRequiredColumn { get; init; }
}
