using System.Text.Json;
using System.Text.Json.Nodes;
using Booking.CalComSandbox.Scheduling;

namespace Booking.CalComSandbox.Webhooks;

/// <summary>
/// Cal.com's <c>getCalEventResponses</c>: every booking field of the event type as <c>{label, value, isHidden}</c>
/// (<c>value</c> left out when unanswered), system fields with their translation keys as labels. The custom fields,
/// which the booker edits, also make up <c>userFieldsResponses</c>.
/// </summary>
internal static class BookingResponses
{
    private static readonly (string Name, string Label, bool Hidden)[] SystemFields =
    [
        ("name", "your_name", false),
        ("email", "email_address", false),
        ("attendeePhoneNumber", "phone_number", true),
        ("location", "location", false),
        ("title", "what_is_this_meeting_about", true),
        ("notes", "additional_notes", false),
        ("guests", "additional_guests", false),
        ("rescheduleReason", "reason_for_reschedule", false),
    ];

    public static JsonObject All(StoredBooking booking)
    {
        var responses = new JsonObject();
        foreach (var (name, label, hidden) in SystemFields)
        {
            responses[name] = Field(label, SystemValueOf(booking, name), hidden);
        }

        foreach (var (name, field) in UserFields(booking))
        {
            responses[name] = field;
        }

        return responses;
    }

    public static JsonObject UserFieldsOnly(StoredBooking booking)
    {
        var responses = new JsonObject();
        foreach (var (name, field) in UserFields(booking))
        {
            responses[name] = field;
        }

        return responses;
    }

    /// <summary>The attendee's answer to "Additional notes", which Cal.com calls <c>additionalNotes</c>.</summary>
    public static string? NotesOf(StoredBooking booking) =>
        booking.BookingFieldsResponses.TryGetValue("notes", out var notes) && notes.ValueKind == JsonValueKind.String ? notes.GetString() : null;

    private static IEnumerable<(string Name, JsonObject Field)> UserFields(StoredBooking booking) =>
        booking.EventType.BookingFields.Select(field => (
            field.Slug,
            Field(field.Label, booking.BookingFieldsResponses.TryGetValue(field.Slug, out var value) ? JsonSerializer.SerializeToNode(value) : null, hidden: false)));

    private static JsonNode? SystemValueOf(StoredBooking booking, string name) => name switch
    {
        "location" => new JsonObject { ["value"] = booking.Location, ["optionValue"] = "" },
        "rescheduleReason" => booking.ReschedulingReason is { } reason ? JsonValue.Create(reason) : null,
        _ => booking.BookingFieldsResponses.TryGetValue(name, out var value) ? JsonSerializer.SerializeToNode(value) : null,
    };

    private static JsonObject Field(string label, JsonNode? value, bool hidden)
    {
        var field = new JsonObject { ["label"] = label };
        if (value is not null)
        {
            field["value"] = value;
        }

        field["isHidden"] = hidden;
        return field;
    }
}
