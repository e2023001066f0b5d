using System.Globalization;
using System.Text.Json.Nodes;
using Booking.CalComSandbox.Http;
using Booking.CalComSandbox.Scheduling;
using Booking.CalComSandbox.Validation;

namespace Booking.CalComSandbox.Endpoints;

internal static class SlotEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/v2/slots", GetSlots);
        routes.MapPost("/v2/slots/reservations", ReserveAsync);
    }

    private static IResult GetSlots(HttpContext context, EventTypeCatalog catalog, SlotService slots)
    {
        if (!ApiVersions.Requests(context.Request, ApiVersions.Slots))
        {
            throw Responses.NoRoute(context.Request);
        }

        var query = SlotQuery.Parse(context.Request.Query);
        var eventType = (query.EventTypeId is { } id ? catalog.Find(id) : catalog.FindBySlug(query.EventTypeSlug!, query.Username!))
            ?? throw CalComProblemException.NotFound("Event Type not found");
        var duration = query.Duration ?? eventType.LengthInMinutes;
        if (query.Duration is not null && !eventType.AllowsLength(duration))
        {
            throw CalComProblemException.BadRequest(
                $"Requested duration {duration} is not one of the possible lengths of event type with id={eventType.Id}.");
        }

        var days = new SortedDictionary<string, JsonArray>(StringComparer.Ordinal);
        foreach (var start in slots.AvailableStarts(eventType, query.Start, query.End, duration))
        {
            var local = TimeZoneInfo.ConvertTime(start, query.TimeZone);
            var day = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var slot = new JsonObject { ["start"] = SandboxJson.WithOffset(start, query.TimeZone) };
            if (query.RangeFormat)
            {
                slot["end"] = SandboxJson.WithOffset(start.AddMinutes(duration), query.TimeZone);
            }

            if (!days.TryGetValue(day, out var list))
            {
                days[day] = list = [];
            }

            list.Add(slot);
        }

        var data = new JsonObject();
        foreach (var (day, list) in days)
        {
            data[day] = list;
        }

        return Responses.Success(data);
    }

    private static async Task<IResult> ReserveAsync(HttpContext context, EventTypeCatalog catalog, SlotService slots)
    {
        if (!ApiVersions.Requests(context.Request, ApiVersions.Slots))
        {
            throw Responses.NoRoute(context.Request);
        }

        var input = ReserveSlotInputParser.Parse(await JsonBody.ReadAsync(context.Request));
        if (input.ReservationDuration is not null && SandboxCaller.Of(context).IsAnonymous)
        {
            throw new CalComProblemException(
                StatusCodes.Status401Unauthorized,
                "reservationDuration can only be used for authenticated requests. Please provide an API key or an access token.");
        }

        var eventType = catalog.Find(input.EventTypeId)
            ?? throw CalComProblemException.NotFound($"Event Type with ID={input.EventTypeId} not found");
        var reservation = slots.Reserve(eventType, input.SlotStart, input.SlotDuration, input.ReservationDuration);
        return Responses.Success(
            new JsonObject
            {
                ["eventTypeId"] = reservation.EventTypeId,
                ["slotStart"] = SandboxJson.Utc(reservation.SlotStart),
                ["slotEnd"] = SandboxJson.Utc(reservation.SlotEnd),
                ["slotDuration"] = (int)(reservation.SlotEnd - reservation.SlotStart).TotalMinutes,
                ["reservationUid"] = reservation.Uid,
                ["reservationDuration"] = reservation.ReservationDurationInMinutes,
                ["reservationUntil"] = SandboxJson.Utc(reservation.Until),
            },
            StatusCodes.Status201Created);
    }
}
