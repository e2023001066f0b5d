namespace Booking.CalComSandbox.Webhooks;

/// <summary>Cal.com's <c>WebhookTriggerEvents</c> (<c>schema.prisma</c>). There is no BOOKING_CONFIRMED.</summary>
internal static class WebhookTriggers
{
    public const string BookingCreated = "BOOKING_CREATED";
    public const string BookingRequested = "BOOKING_REQUESTED";
    public const string BookingRescheduled = "BOOKING_RESCHEDULED";
    public const string BookingCancelled = "BOOKING_CANCELLED";
    public const string BookingRejected = "BOOKING_REJECTED";
    public const string DelegationCredentialError = "DELEGATION_CREDENTIAL_ERROR";

    /// <summary>What Cal.com's "Ping test" button sends; not a trigger a webhook can subscribe to.</summary>
    public const string Ping = "PING";

    /// <summary>Every value, in Cal.com's enum order (its validation message lists them in this order).</summary>
    public static readonly IReadOnlyList<string> All =
    [
        BookingCreated, "BOOKING_PAYMENT_INITIATED", "BOOKING_PAID", BookingRescheduled, BookingRequested, BookingCancelled,
        BookingRejected, "BOOKING_NO_SHOW_UPDATED", "FORM_SUBMITTED", "MEETING_ENDED", "MEETING_STARTED", "RECORDING_READY",
        "INSTANT_MEETING", "RECORDING_TRANSCRIPTION_GENERATED", "OOO_CREATED", "AFTER_HOSTS_CAL_VIDEO_NO_SHOW",
        "AFTER_GUESTS_CAL_VIDEO_NO_SHOW", "FORM_SUBMITTED_NO_EVENT", DelegationCredentialError,
    ];
}
