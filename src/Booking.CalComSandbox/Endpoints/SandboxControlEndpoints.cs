using Booking.CalComSandbox.Faults;
using Booking.CalComSandbox.Http;
using Booking.CalComSandbox.Scheduling;
using Booking.CalComSandbox.Validation;
using Booking.CalComSandbox.Webhooks;

namespace Booking.CalComSandbox.Endpoints;

/// <summary>
/// The sandbox's own routes under <c>/_sandbox</c>: fault injection, reset, request log, webhook deliveries and ping.
/// No auth, no rate limit.
/// </summary>
internal static class SandboxControlEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var sandbox = routes.MapGroup("/_sandbox");
        sandbox.MapPost("/faults", QueueFaultAsync);
        sandbox.MapGet("/faults", (FaultQueue faults) => Json(new { faults = faults.Pending() }));
        sandbox.MapPost("/reset", Reset);
        sandbox.MapGet("/requests", (RequestLog log) => Json(new { requests = log.Snapshot() }));
        sandbox.MapGet("/bookings/count", (BookingStore store) => Json(new { count = store.Count }));
        sandbox.MapGet("/webhook-deliveries", (WebhookDeliveryLog deliveries) => Json(new { deliveries = deliveries.Snapshot() }));
        sandbox.MapPost("/webhooks/{webhookId}/ping", PingAsync);
    }

    /// <summary>The "Ping test" button of Cal.com's webhook form, for a webhook made through <c>/v2/webhooks</c>.</summary>
    private static async Task<IResult> PingAsync(string webhookId, WebhookStore webhooks, WebhookDispatcher dispatcher)
    {
        var webhook = webhooks.Find(webhookId) ?? throw CalComProblemException.NotFound(CalComMessages.WebhookNotFound(webhookId));
        var answer = await dispatcher.PingAsync(webhook);
        return Json(new { ok = answer.IsSuccess, status = answer.Status ?? StatusCodes.Status500InternalServerError });
    }

    private static async Task<IResult> QueueFaultAsync(HttpContext context, FaultQueue faults)
    {
        var (fault, error) = SandboxFaultParser.Parse(await JsonBody.ReadAsync(context.Request));
        if (fault is null)
        {
            return Json(new { error }, StatusCodes.Status400BadRequest);
        }

        faults.Enqueue(fault);
        return Json(new { queued = fault }, StatusCodes.Status201Created);
    }

    /// <summary>Webhooks stay: like event types they are configuration, which the API registers once at start-up.</summary>
    private static IResult Reset(
        BookingStore bookings, ReservationStore reservations, FaultQueue faults, RateLimiter limiter, RequestLog log, WebhookDeliveryLog deliveries)
    {
        bookings.Clear();
        reservations.Clear();
        faults.Clear();
        limiter.Reset();
        log.Clear();
        deliveries.Clear();
        return Json(new { reset = true });
    }

    private static IResult Json(object body, int statusCode = StatusCodes.Status200OK) =>
        Results.Json(body, SandboxJson.Options, statusCode: statusCode);
}
