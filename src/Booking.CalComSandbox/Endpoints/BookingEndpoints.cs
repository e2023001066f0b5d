using Booking.CalComSandbox.Faults;
using Booking.CalComSandbox.Http;
using Booking.CalComSandbox.Output;
using Booking.CalComSandbox.Scheduling;
using Booking.CalComSandbox.Validation;

namespace Booking.CalComSandbox.Endpoints;

internal static class BookingEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v2/bookings", CreateAsync).WithMetadata(DelaysWithinOperation.Instance);
        routes.MapGet("/v2/bookings", List);
        routes.MapGet("/v2/bookings/{uid}", Get);
        routes.MapPost("/v2/bookings/{uid}/cancel", CancelAsync);
        routes.MapPost("/v2/bookings/{uid}/reschedule", RescheduleAsync).WithMetadata(DelaysWithinOperation.Instance);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, BookingService bookings)
    {
        var delay = ProcessingDelay.Of(context);
        try
        {
            var body = await JsonBody.ReadAsync(context.Request);
            if (!ApiVersions.Requests(context.Request, ApiVersions.Bookings))
            {
                var legacy = await bookings.CreateAsync(LegacyBookingInputParser.Parse(body), delay);
                return Responses.Success(BookingOutputs.Legacy(legacy), StatusCodes.Status201Created);
            }

            var booking = await bookings.CreateAsync(CreateBookingInputParser.Parse(body), delay);
            return Responses.Success(BookingOutputs.Current(booking), StatusCodes.Status201Created);
        }
        finally
        {
            await delay.WaitOnceAsync();
        }
    }

    private static IResult List(HttpContext context, BookingStore store, TimeProvider time)
    {
        Responses.RequireAuthentication(context);
        var query = BookingListQuery.Parse(context.Request.Query);
        var matching = query.Filter(store.All, time.GetUtcNow()).ToList();
        var page = matching.Skip(query.Skip).Take(query.Take).ToList();
        if (!ApiVersions.Requests(context.Request, ApiVersions.Bookings))
        {
            return Responses.Success(new
            {
                bookings = page.Select(BookingOutputs.Legacy).ToList(),
                recurringInfo = Array.Empty<object>(),
                nextCursor = query.Skip + page.Count < matching.Count ? query.Skip + page.Count : (int?)null,
            });
        }

        var pagination = Pagination.Of(matching.Count, query.Skip, query.Take, page.Count);
        return Results.Json(
            new PaginatedResponse<BookingOutput>([.. page.Select(BookingOutputs.Current)], pagination),
            SandboxJson.Options);
    }

    private static IResult Get(HttpContext context, string uid, BookingService bookings)
    {
        var booking = bookings.Get(uid);
        return ApiVersions.Requests(context.Request, ApiVersions.Bookings)
            ? Responses.Success(BookingOutputs.Current(booking))
            : Responses.Success(BookingOutputs.Legacy(booking));
    }

    private static async Task<IResult> CancelAsync(HttpContext context, string uid, BookingService bookings)
    {
        var body = await JsonBody.ReadAsync(context.Request);
        var caller = SandboxCaller.Of(context);
        if (!ApiVersions.Requests(context.Request, ApiVersions.Bookings))
        {
            var legacy = await bookings.CancelAsync(uid, LegacyBookingInputParser.ParseCancel(body).CancellationReason, Canceller.ViaApi(caller));
            return Responses.Success(new { bookingId = legacy.Id, bookingUid = legacy.Uid, onlyRemovedAttendee = false });
        }

        var cancelled = await bookings.CancelAsync(uid, BookingActionInputParser.ParseCancel(body).CancellationReason, Canceller.ViaApi(caller));
        return Responses.Success(BookingOutputs.Current(cancelled));
    }

    private static async Task<IResult> RescheduleAsync(HttpContext context, string uid, BookingService bookings)
    {
        var delay = ProcessingDelay.Of(context);
        try
        {
            if (!ApiVersions.Requests(context.Request, ApiVersions.Bookings))
            {
                throw Responses.NoRoute(context.Request);
            }

            var body = await JsonBody.ReadAsync(context.Request);
            var booking = await bookings.RescheduleAsync(uid, BookingActionInputParser.ParseReschedule(body), delay);
            return Responses.Success(BookingOutputs.Current(booking), StatusCodes.Status201Created);
        }
        finally
        {
            await delay.WaitOnceAsync();
        }
    }
}
