using System.Text.Json.Nodes;

namespace Booking.CalComSandbox.Tests.Support;

internal static class BookingRequests
{
    public static JsonObject Valid(string start, int eventTypeId = SeedIds.ThirtyMinutes, string email = "ann@example.com") => new()
    {
        ["start"] = start,
        ["eventTypeId"] = eventTypeId,
        ["attendee"] = new JsonObject
        {
            ["name"] = "Ann Example",
            ["email"] = email,
            ["timeZone"] = "Europe/Berlin",
        },
    };

    public static JsonObject With(this JsonObject request, string property, JsonNode? value)
    {
        request[property] = value;
        return request;
    }

    public static JsonObject WithAttendee(this JsonObject request, string property, JsonNode? value)
    {
        request["attendee"]![property] = value;
        return request;
    }

    public static JsonObject Without(this JsonObject request, string property)
    {
        request.Remove(property);
        return request;
    }

    public static JsonObject WithoutAttendee(this JsonObject request, string property)
    {
        request["attendee"]!.AsObject().Remove(property);
        return request;
    }
}
