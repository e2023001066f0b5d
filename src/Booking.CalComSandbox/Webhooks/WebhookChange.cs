namespace Booking.CalComSandbox.Webhooks;

internal enum WebhookChange
{
    Done,
    NotFound,

    /// <summary>Another webhook of the same owner already has the new URL (Prisma's unique-constraint error).</summary>
    UrlTaken,
}
