using System.Text.Json;
using Booking.CalComSandbox.Http;

namespace Booking.CalComSandbox.Validation;

/// <summary>Cal.com's 2024-08-13 create-booking pipe: whitelist plus forbidNonWhitelisted, so unknown properties fail.</summary>
internal static class CreateBookingInputParser
{
    private const int MaxMetadataKeys = 50;
    private const int MaxMetadataKeyLength = 40;
    private const int MaxMetadataStringLength = 500;

    private static readonly IReadOnlySet<string> AllowedProperties = new HashSet<string>(StringComparer.Ordinal)
    {
        "start", "attendee", "bookingFieldsResponses", "emailVerificationCode", "eventTypeId", "eventTypeSlug", "guests",
        "instant", "lengthInMinutes", "location", "meetingUrl", "metadata", "organizationSlug", "recurrenceCount",
        "routing", "teamSlug", "username",
    };

    private static readonly IReadOnlySet<string> AllowedAttendeeProperties =
        new HashSet<string>(StringComparer.Ordinal) { "name", "email", "phoneNumber", "timeZone", "language" };

    public static CreateBookingInput Parse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw CalComProblemException.BadRequest("Request body must be a JSON object");
        }

        var errors = new List<ValidationError>();
        var start = JsonFields.RequiredInstant(body, "start", errors);
        var attendee = ParseAttendee(body, errors);
        var eventTypeId = JsonFields.OptionalInteger(body, "eventTypeId", errors);
        var eventTypeSlug = JsonFields.OptionalString(body, "eventTypeSlug", errors);
        var username = JsonFields.OptionalString(body, "username", errors);
        var teamSlug = JsonFields.OptionalString(body, "teamSlug", errors);
        JsonFields.OptionalString(body, "organizationSlug", errors);
        JsonFields.OptionalString(body, "emailVerificationCode", errors);
        JsonFields.OptionalBoolean(body, "instant", errors);
        JsonFields.OptionalInteger(body, "recurrenceCount", errors, minimum: 1);
        var lengthInMinutes = JsonFields.OptionalInteger(body, "lengthInMinutes", errors, minimum: 1);
        var meetingUrl = ParseMeetingUrl(body, errors);
        var guests = ParseGuests(body, errors);
        var location = ParseLocation(body, errors);
        var responses = ParseObject(body, "bookingFieldsResponses", errors);
        var metadata = ParseMetadata(body, errors);
        errors.AddRange(JsonBody.UnknownProperties(body, AllowedProperties));

        if (errors.Count > 0 || start is null || attendee is null)
        {
            throw CalComProblemException.BadRequest(ValidationError.Flatten(errors));
        }

        if (eventTypeId is null && (eventTypeSlug is null || (username is null && teamSlug is null)))
        {
            throw CalComProblemException.BadRequest(CalComMessages.MissingEventTypeIdentification);
        }

        return new CreateBookingInput
        {
            Start = start.Value,
            Attendee = attendee,
            EventTypeId = eventTypeId,
            EventTypeSlug = eventTypeSlug,
            Username = username,
            TeamSlug = teamSlug,
            LengthInMinutes = lengthInMinutes,
            Guests = guests,
            Location = location,
            MeetingUrl = meetingUrl,
            BookingFieldsResponses = responses,
            Metadata = metadata,
        };
    }

    private static AttendeeInput? ParseAttendee(JsonElement body, List<ValidationError> errors)
    {
        if (!body.TryGetProperty("attendee", out var attendee) || attendee.ValueKind != JsonValueKind.Object)
        {
            errors.Add(ValidationError.Of("attendee", "nested property attendee must be either object or array"));
            return null;
        }

        var children = new List<ValidationError>();
        var name = JsonFields.OptionalString(attendee, "name", children);
        if (name is null && !children.Any(c => c.Property == "name"))
        {
            children.Add(ValidationError.Of("name", "name must be a string"));
        }

        var email = JsonFields.OptionalString(attendee, "email", children);
        if (email is not null && !CalComFormats.IsEmail(email))
        {
            children.Add(ValidationError.Of("email", "Invalid email format"));
        }

        var phoneNumber = JsonFields.OptionalString(attendee, "phoneNumber", children);
        if (phoneNumber is not null && !CalComFormats.IsPhoneNumber(phoneNumber))
        {
            children.Add(ValidationError.Of("phoneNumber", "phoneNumber must be a valid phone number"));
        }

        if (email is null && phoneNumber is null && !children.Any(c => c.Property is "email" or "phoneNumber"))
        {
            children.Add(ValidationError.Of("email", "Either email or phoneNumber must be provided"));
        }

        var timeZone = JsonFields.OptionalString(attendee, "timeZone", children);
        if (!CalComFormats.IsIanaTimeZone(timeZone) && !children.Any(c => c.Property == "timeZone"))
        {
            children.Add(ValidationError.Of("timeZone", "timeZone must be a valid IANA time zone"));
        }

        var language = JsonFields.OptionalString(attendee, "language", children);
        if (language is not null && !CalComFormats.Languages.Contains(language))
        {
            children.Add(ValidationError.Of(
                "language", $"language must be one of the following values: {string.Join(", ", CalComFormats.Languages)}"));
        }

        children.AddRange(JsonBody.UnknownProperties(attendee, AllowedAttendeeProperties));
        if (children.Count > 0)
        {
            errors.Add(ValidationError.Nested("attendee", children));
            return null;
        }

        return new AttendeeInput
        {
            Name = name!,
            Email = email,
            PhoneNumber = phoneNumber,
            TimeZone = timeZone!,
            Language = language ?? "en",
        };
    }

    private static string? ParseMeetingUrl(JsonElement body, List<ValidationError> errors)
    {
        var meetingUrl = JsonFields.OptionalString(body, "meetingUrl", errors);
        if (meetingUrl is not null && !CalComFormats.IsUrl(meetingUrl))
        {
            errors.Add(ValidationError.Of("meetingUrl", "meetingUrl must be a URL address"));
            return null;
        }

        return meetingUrl;
    }

    private static IReadOnlyList<string> ParseGuests(JsonElement body, List<ValidationError> errors)
    {
        if (!body.TryGetProperty("guests", out var guests) || guests.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (guests.ValueKind != JsonValueKind.Array)
        {
            errors.Add(ValidationError.Of("guests", "guests must be an array"));
            return [];
        }

        var emails = guests.EnumerateArray()
            .Select(g => g.ValueKind == JsonValueKind.String ? g.GetString() : null)
            .ToList();
        if (emails.Any(e => !CalComFormats.IsEmail(e)))
        {
            errors.Add(ValidationError.Of("guests", "each value in guests must be an email"));
            return [];
        }

        return emails!;
    }

    private static LocationInput? ParseLocation(JsonElement body, List<ValidationError> errors)
    {
        if (!body.TryGetProperty("location", out var location) || location.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (location.ValueKind == JsonValueKind.String)
        {
            return new LocationInput { Value = location.GetString() };
        }

        if (location.ValueKind != JsonValueKind.Object
            || !location.TryGetProperty("type", out var type)
            || type.ValueKind != JsonValueKind.String)
        {
            errors.Add(ValidationError.Of("location", "location must be a string or an object with a valid type"));
            return null;
        }

        var value = new[] { "address", "phone", "location", "integration", "link" }
            .Select(name => location.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
            .FirstOrDefault(v => v is not null);
        return new LocationInput { Type = type.GetString(), Value = value };
    }

    private static IReadOnlyDictionary<string, JsonElement> ParseObject(JsonElement body, string name, List<ValidationError> errors)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return new Dictionary<string, JsonElement>();
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add(ValidationError.Of(name, $"{name} must be an object"));
            return new Dictionary<string, JsonElement>();
        }

        return JsonFields.ObjectEntries(value);
    }

    private static IReadOnlyDictionary<string, JsonElement> ParseMetadata(JsonElement body, List<ValidationError> errors)
    {
        var errorCount = errors.Count;
        var metadata = ParseObject(body, "metadata", errors);
        if (errors.Count > errorCount)
        {
            return metadata;
        }

        var withinLimits = metadata.Count <= MaxMetadataKeys && metadata.All(entry =>
            entry.Key.Length <= MaxMetadataKeyLength && entry.Value.ValueKind switch
            {
                JsonValueKind.String => entry.Value.GetString()!.Length <= MaxMetadataStringLength,
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => true,
                _ => false,
            });
        if (!withinLimits)
        {
            errors.Add(ValidationError.Of("metadata", CalComMessages.MetadataLimits));
        }

        return metadata;
    }
}
