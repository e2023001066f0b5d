using Booking.CalComSandbox.Faults;
using Booking.CalComSandbox.Http;
using Booking.CalComSandbox.Scheduling;
using Booking.CalComSandbox.Validation;

namespace Booking.CalComSandbox.Endpoints;

/// <summary>The sandbox's own routes under <c>/_sandbox</c>: fault injection, reset, request log. No auth, no rate limit.</summary>
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

    private static IResult Reset(BookingStore bookings, ReservationStore reservations, FaultQueue faults, RateLimiter limiter, RequestLog log)
    {
        bookings.Clear();
        reservations.Clear();
        faults.Clear();
        limiter.Reset();
        log.Clear();
        return Json(new { reset = true });
    }

    private static IResult Json(object body, int statusCode = StatusCodes.Status200OK) =>
        Results.Json(body, SandboxJson.Options, statusCode: statusCode);
}
