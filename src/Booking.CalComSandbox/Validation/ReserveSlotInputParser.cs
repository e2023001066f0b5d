using System.Text.Json;
using Booking.CalComSandbox.Http;

namespace Booking.CalComSandbox.Validation;

/// <summary>
/// Reservations go through Nest's global ValidationPipe, not a strict custom pipe: unknown properties are stripped,
/// and errors come back as <c>Bad Request Exception</c> with the class-validator list in <c>details.errors</c>.
/// </summary>
internal static class ReserveSlotInputParser
{
    public static ReserveSlotInput Parse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw Failure([("eventTypeId", "isInt", "eventTypeId must be an integer number")]);
        }

        var errors = new List<(string Property, string Constraint, string Message)>();
        var eventTypeId = IntegerOf(body, "eventTypeId", required: true, errors);
        var slotStart = body.TryGetProperty("slotStart", out var start) && start.ValueKind == JsonValueKind.String
            && CalComFormats.TryParseIsoInstant(start.GetString(), out var parsed) ? parsed : (DateTimeOffset?)null;
        if (slotStart is null)
        {
            errors.Add(("slotStart", "isISO8601", "slotStart must be a valid ISO 8601 date string"));
        }

        var slotDuration = IntegerOf(body, "slotDuration", required: false, errors);
        var reservationDuration = IntegerOf(body, "reservationDuration", required: false, errors);
        if (errors.Count > 0)
        {
            throw Failure(errors);
        }

        return new ReserveSlotInput
        {
            EventTypeId = eventTypeId!.Value,
            SlotStart = slotStart!.Value,
            SlotDuration = slotDuration,
            ReservationDuration = reservationDuration,
        };
    }

    private static int? IntegerOf(JsonElement body, string name, bool required, List<(string, string, string)> errors)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                errors.Add((name, "isInt", $"{name} must be an integer number"));
            }

            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number > 0)
        {
            return number;
        }

        errors.Add((name, "isInt", $"{name} must be an integer number"));
        return null;
    }

    private static CalComProblemException Failure(IEnumerable<(string Property, string Constraint, string Message)> errors) =>
        GlobalValidationPipe.Failure(target: null, errors.Select(e => PipeValidationError.Of(e.Property, e.Constraint, e.Message)));
}
