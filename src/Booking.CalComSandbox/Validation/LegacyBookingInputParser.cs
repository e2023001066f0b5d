using System.Text.Json;
using Booking.CalComSandbox.Http;

namespace Booking.CalComSandbox.Validation;

/// <summary>
/// The 2024-04-15 bodies that Cal.com expects when <c>cal-api-version</c> is missing or unknown. A 2024-08-13 body has
/// no <c>responses</c>, <c>timeZone</c> or <c>language</c>, so it fails here, which is the point of reproducing it.
/// </summary>
internal static class LegacyBookingInputParser
{
    public static CreateBookingInput Parse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw CalComProblemException.BadRequest("Request body must be a JSON object");
        }

        var errors = new List<string>();
        var start = body.TryGetProperty("start", out var s) && s.ValueKind == JsonValueKind.String
            && CalComFormats.TryParseIsoInstant(s.GetString(), out var parsed) ? parsed : (DateTimeOffset?)null;
        if (start is null)
        {
            errors.Add("start must be a valid ISO 8601 date string");
        }

        var eventTypeId = body.TryGetProperty("eventTypeId", out var id) && id.ValueKind == JsonValueKind.Number
            && id.TryGetInt32(out var number) ? number : (int?)null;
        if (eventTypeId is null)
        {
            errors.Add("eventTypeId must be a number conforming to the specified constraints");
        }

        var timeZone = StringOf(body, "timeZone");
        if (timeZone is null)
        {
            errors.Add("timeZone must be a string");
        }

        var language = StringOf(body, "language");
        if (language is null)
        {
            errors.Add("language must be a string");
        }

        var hasResponses = body.TryGetProperty("responses", out var responses) && responses.ValueKind == JsonValueKind.Object;
        var name = hasResponses ? StringOf(responses, "name") : null;
        var email = hasResponses ? StringOf(responses, "email") : null;
        if (name is null || email is null)
        {
            errors.Add("responses must be an object with name and email");
        }

        if (errors.Count > 0)
        {
            throw CalComProblemException.BadRequest(string.Join(", ", errors));
        }

        return new CreateBookingInput
        {
            Start = start!.Value,
            EventTypeId = eventTypeId,
            Attendee = new AttendeeInput
            {
                Name = name!,
                Email = email,
                TimeZone = CalComFormats.IsIanaTimeZone(timeZone) ? timeZone! : "UTC",
                Language = CalComFormats.Languages.Contains(language!) ? language! : "en",
            },
        };
    }

    public static CancelBookingInput ParseCancel(JsonElement body) =>
        new() { CancellationReason = body.ValueKind == JsonValueKind.Object ? StringOf(body, "cancellationReason") : null };

    private static string? StringOf(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
