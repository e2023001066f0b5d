namespace Booking.CalComSandbox.Webhooks;

/// <summary>How one POST to a subscriber ended: an HTTP status (any, 3xx included), or a failure without an answer.</summary>
internal sealed record WebhookAnswer(int? Status, string? Failure)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    public static WebhookAnswer Of(int status) => new(status, null);

    public static WebhookAnswer Failed(string failure) => new(null, failure);
}
