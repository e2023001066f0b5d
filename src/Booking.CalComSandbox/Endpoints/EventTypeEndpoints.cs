using System.Globalization;
using Booking.CalComSandbox.Http;
using Booking.CalComSandbox.Output;
using Booking.CalComSandbox.Scheduling;

namespace Booking.CalComSandbox.Endpoints;

internal static class EventTypeEndpoints
{
    public static void Map(IEndpointRouteBuilder routes) => routes.MapGet("/v2/event-types/{eventTypeId}", Get);

    private static IResult Get(HttpContext context, string eventTypeId, EventTypeCatalog catalog)
    {
        Responses.RequireAuthentication(context);
        if (!int.TryParse(eventTypeId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            throw new CalComProblemException(StatusCodes.Status400BadRequest, "Validation failed (numeric string is expected)");
        }

        // Every seeded event type belongs to the host, the one user the sandbox key authenticates.
        var eventType = catalog.Find(id) ?? throw CalComProblemException.NotFound($"Event type with id {id} not found");
        return ApiVersions.Requests(context.Request, ApiVersions.EventTypes)
            ? Responses.Success(EventTypeOutputs.Current(eventType, catalog.Host))
            : Responses.Success(EventTypeOutputs.Legacy(eventType, catalog.Host));
    }
}
