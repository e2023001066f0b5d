using Booking.CalComSandbox.Output;
using Booking.CalComSandbox.Scheduling;
using Booking.CalComSandbox.Validation;

namespace Booking.CalComSandbox.Endpoints;

/// <summary>
/// <c>/_sandbox/bookings/{uid}/…</c>: the host's actions in Cal.com's web app, so a test or a demo can play the host.
/// No auth, no rate limit. Each answers the booking as API v2 (2024-08-13) shows it; a reschedule answers the new one.
/// </summary>
internal static class HostActionEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var booking = routes.MapGroup("/_sandbox/bookings/{uid}");
        booking.MapPost("/confirm", async (string uid, HostActions host) => Answer(await host.ConfirmAsync(uid)));
        booking.MapPost("/reject", RejectAsync);
        booking.MapPost("/cancel", CancelAsync);
        booking.MapPost("/reschedule", RescheduleAsync);
    }

    private static async Task<IResult> RejectAsync(HttpContext context, string uid, HostActions host)
    {
        var reason = HostActionInputParser.ParseReason(await JsonBody.ReadAsync(context.Request), "reason");
        return Answer(await host.RejectAsync(uid, reason));
    }

    private static async Task<IResult> CancelAsync(HttpContext context, string uid, HostActions host)
    {
        var reason = HostActionInputParser.ParseReason(await JsonBody.ReadAsync(context.Request), "cancellationReason");
        return Answer(await host.CancelAsync(uid, reason));
    }

    private static async Task<IResult> RescheduleAsync(HttpContext context, string uid, HostActions host)
    {
        var (start, reason) = HostActionInputParser.ParseReschedule(await JsonBody.ReadAsync(context.Request));
        return Answer(await host.RescheduleAsync(uid, start, reason), StatusCodes.Status201Created);
    }

    private static IResult Answer(StoredBooking booking, int statusCode = StatusCodes.Status200OK) =>
        Responses.Success(BookingOutputs.Current(booking), statusCode);
}
