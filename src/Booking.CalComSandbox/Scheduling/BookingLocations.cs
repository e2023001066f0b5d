using Booking.CalComSandbox.Http;
using Booking.CalComSandbox.Seed;
using Booking.CalComSandbox.Validation;

namespace Booking.CalComSandbox.Scheduling;

/// <summary>Turns the requested location into the string Cal.com stores and returns as <c>location</c>.</summary>
internal static class BookingLocations
{
    private const string CalVideo = "cal-video";
    private static readonly string[] AttendeeGivenTypes = ["attendeeAddress", "attendeePhone", "attendeeDefined"];

    public static string Resolve(SeedEventType eventType, LocationInput? requested, string? meetingUrl, string uid)
    {
        if (requested is null)
        {
            return meetingUrl ?? DefaultOf(eventType, uid);
        }

        if (requested.Type is not { } type)
        {
            return requested.Value ?? "";
        }

        if (eventType.Locations.Count > 0 && !eventType.Locations.Any(l => l.Type == type))
        {
            throw CalComProblemException.BadRequest(
                CalComMessages.LocationNotValid(type, eventType.Id, eventType.Locations.Select(l => l.Type).Distinct()));
        }

        if (AttendeeGivenTypes.Contains(type))
        {
            return requested.Value
                ?? throw CalComProblemException.BadRequest("location property is wrong,location must be a string ");
        }

        return type == "integration"
            ? VideoUrl(requested.Value ?? CalVideo, uid)
            : ValueOf(eventType.Locations.FirstOrDefault(l => l.Type == type) ?? new SeedLocation { Type = type }, uid);
    }

    private static string DefaultOf(SeedEventType eventType, string uid) =>
        eventType.Locations.Count > 0 ? ValueOf(eventType.Locations[0], uid) : VideoUrl(CalVideo, uid);

    private static string ValueOf(SeedLocation location, string uid) => location.Type switch
    {
        "address" => location.Address ?? "",
        "link" => location.Link ?? "",
        "phone" => location.Phone ?? "",
        "integration" => VideoUrl(location.Integration ?? CalVideo, uid),
        _ => VideoUrl(CalVideo, uid),
    };

    private static string VideoUrl(string integration, string uid) =>
        integration == CalVideo ? $"https://app.cal.com/video/{uid}" : $"https://{integration}.example.com/{uid}";
}
