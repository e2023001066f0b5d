using System.Text.Json.Nodes;
using Booking.CalComSandbox.Seed;

namespace Booking.CalComSandbox.Output;

internal static class EventTypeOutputs
{
    /// <summary>Cal.com's <c>EventTypeOutput_2024_06_14</c>.</summary>
    public static JsonObject Current(SeedEventType eventType, SeedHost owner)
    {
        var output = new JsonObject
        {
            ["id"] = eventType.Id,
            ["lengthInMinutes"] = eventType.LengthInMinutes,
            ["title"] = eventType.Title,
            ["slug"] = eventType.Slug,
            ["description"] = eventType.Description,
            ["locations"] = new JsonArray([.. eventType.Locations.Select(LocationOf)]),
            ["bookingFields"] = BookingFieldsOf(eventType),
            ["disableGuests"] = false,
            ["slotInterval"] = eventType.SlotIntervalMinutes,
            ["minimumBookingNotice"] = eventType.MinimumBookingNoticeMinutes,
            ["beforeEventBuffer"] = 0,
            ["afterEventBuffer"] = 0,
            ["recurrence"] = null,
            ["metadata"] = new JsonObject(),
            ["price"] = 0,
            ["currency"] = "usd",
            ["lockTimeZoneToggleOnBookingPage"] = false,
            ["seatsPerTimeSlot"] = null,
            ["forwardParamsSuccessRedirect"] = null,
            ["successRedirectUrl"] = null,
            ["isInstantEvent"] = false,
            ["seatsShowAvailabilityCount"] = false,
            ["scheduleId"] = eventType.Schedule?.Id,
            ["bookingLimitsCount"] = new JsonObject(),
            ["onlyShowFirstAvailableSlot"] = false,
            ["bookingLimitsDuration"] = new JsonObject(),
            ["requiresBookerEmailVerification"] = false,
            ["hideCalendarNotes"] = false,
            ["hideCalendarEventDetails"] = false,
            ["hideOrganizerEmail"] = false,
            ["hidden"] = false,
            ["bookingRequiresAuthentication"] = false,
            ["ownerId"] = owner.Id,
            ["users"] = new JsonArray(UserOf(owner)),
        };
        if (eventType.HasMultipleLengths)
        {
            output["lengthInMinutesOptions"] = new JsonArray([.. eventType.LengthInMinutesOptions.Select(l => JsonValue.Create(l))]);
        }

        if (eventType.RequiresConfirmation)
        {
            output["confirmationPolicy"] = new JsonObject { ["type"] = "always", ["blockUnconfirmedBookingsInBooker"] = true };
        }

        if (eventType.BookingWindowCalendarDays is { } days)
        {
            output["bookingWindow"] = new JsonObject { ["type"] = "calendarDays", ["value"] = days, ["rolling"] = false };
        }

        return output;
    }

    /// <summary>The 2024-04-15 payload a caller gets without the version header: <c>data.eventType</c> with <c>length</c>.</summary>
    public static JsonObject Legacy(SeedEventType eventType, SeedHost owner) => new()
    {
        ["eventType"] = new JsonObject
        {
            ["id"] = eventType.Id,
            ["length"] = eventType.LengthInMinutes,
            ["title"] = eventType.Title,
            ["slug"] = eventType.Slug,
            ["description"] = eventType.Description,
            ["hidden"] = false,
            ["requiresConfirmation"] = eventType.RequiresConfirmation,
            ["minimumBookingNotice"] = eventType.MinimumBookingNoticeMinutes,
            ["metadata"] = eventType.HasMultipleLengths
                ? new JsonObject { ["multipleDuration"] = new JsonArray([.. eventType.LengthInMinutesOptions.Select(l => JsonValue.Create(l))]) }
                : new JsonObject(),
            ["locations"] = new JsonArray([.. eventType.Locations.Select(l => new JsonObject { ["type"] = l.Type })]),
            ["userId"] = owner.Id,
            ["scheduleId"] = eventType.Schedule?.Id,
        },
    };

    private static JsonObject LocationOf(SeedLocation location) => location.Type switch
    {
        "address" => new JsonObject { ["type"] = "address", ["address"] = location.Address, ["public"] = true },
        "link" => new JsonObject { ["type"] = "link", ["link"] = location.Link, ["public"] = true },
        "phone" => new JsonObject { ["type"] = "phone", ["phone"] = location.Phone, ["public"] = true },
        "integration" => new JsonObject { ["type"] = "integration", ["integration"] = location.Integration ?? "cal-video" },
        _ => new JsonObject { ["type"] = location.Type },
    };

    private static JsonArray BookingFieldsOf(SeedEventType eventType)
    {
        var fields = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "name", ["slug"] = "name", ["label"] = "Your name", ["placeholder"] = "",
                ["isDefault"] = true, ["required"] = true, ["disableOnPrefill"] = false,
            },
            new JsonObject
            {
                ["type"] = "email", ["slug"] = "email", ["label"] = "Email address", ["placeholder"] = "",
                ["isDefault"] = true, ["required"] = true, ["hidden"] = false, ["disableOnPrefill"] = false,
            },
            new JsonObject
            {
                ["type"] = "radioInput", ["slug"] = "location", ["label"] = "Location",
                ["isDefault"] = true, ["required"] = false, ["hidden"] = false,
            },
            new JsonObject
            {
                ["type"] = "text", ["slug"] = "title", ["label"] = "What is this meeting about?", ["placeholder"] = "",
                ["isDefault"] = true, ["required"] = true, ["hidden"] = true, ["disableOnPrefill"] = false,
            },
            new JsonObject
            {
                ["type"] = "textarea", ["slug"] = "notes", ["label"] = "Additional notes", ["placeholder"] = "",
                ["isDefault"] = true, ["required"] = false, ["hidden"] = false, ["disableOnPrefill"] = false,
            },
            new JsonObject
            {
                ["type"] = "multiemail", ["slug"] = "guests", ["label"] = "Add guests", ["placeholder"] = "",
                ["isDefault"] = true, ["required"] = false, ["hidden"] = false, ["disableOnPrefill"] = false,
            },
            new JsonObject
            {
                ["type"] = "textarea", ["slug"] = "rescheduleReason", ["label"] = "Reason for reschedule", ["placeholder"] = "",
                ["isDefault"] = true, ["required"] = false, ["hidden"] = false, ["disableOnPrefill"] = false,
            },
        };
        foreach (var field in eventType.BookingFields)
        {
            fields.Add(new JsonObject
            {
                ["type"] = field.Type, ["slug"] = field.Slug, ["label"] = field.Label, ["placeholder"] = "",
                ["required"] = field.Required, ["hidden"] = false, ["isDefault"] = false, ["disableOnPrefill"] = false,
            });
        }

        return fields;
    }

    private static JsonObject UserOf(SeedHost owner) => new()
    {
        ["id"] = owner.Id,
        ["name"] = owner.Name,
        ["username"] = owner.Username,
        ["avatarUrl"] = null,
        ["weekStart"] = "Monday",
        ["brandColor"] = null,
        ["darkBrandColor"] = null,
        ["metadata"] = new JsonObject(),
    };
}
