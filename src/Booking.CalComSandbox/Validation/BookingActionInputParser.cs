using System.Text.Json;
using Booking.CalComSandbox.Http;

namespace Booking.CalComSandbox.Validation;

/// <summary>The strict cancel and reschedule bodies of cal-api-version 2024-08-13.</summary>
internal static class BookingActionInputParser
{
    private static readonly IReadOnlySet<string> CancelProperties =
        new HashSet<string>(StringComparer.Ordinal) { "cancellationReason", "cancelSubsequentBookings", "seatUid" };

    private static readonly IReadOnlySet<string> RescheduleProperties = new HashSet<string>(StringComparer.Ordinal)
    {
        "start", "rescheduledBy", "reschedulingReason", "emailVerificationCode", "seatUid",
    };

    public static CancelBookingInput ParseCancel(JsonElement body)
    {
        EnsureObject(body);
        var errors = new List<ValidationError>();
        var reason = JsonFields.OptionalString(body, "cancellationReason", errors);
        var subsequent = JsonFields.OptionalBoolean(body, "cancelSubsequentBookings", errors);
        JsonFields.OptionalString(body, "seatUid", errors);
        errors.AddRange(JsonBody.UnknownProperties(body, CancelProperties));
        ThrowIfAny(errors);
        return new CancelBookingInput { CancellationReason = reason, CancelSubsequentBookings = subsequent ?? false };
    }

    public static RescheduleBookingInput ParseReschedule(JsonElement body)
    {
        EnsureObject(body);
        var errors = new List<ValidationError>();
        var start = JsonFields.RequiredInstant(body, "start", errors);
        var rescheduledBy = JsonFields.OptionalString(body, "rescheduledBy", errors);
        if (rescheduledBy is not null && !CalComFormats.IsEmail(rescheduledBy))
        {
            errors.Add(ValidationError.Of("rescheduledBy", "rescheduledBy must be an email"));
        }

        var reason = JsonFields.OptionalString(body, "reschedulingReason", errors);
        JsonFields.OptionalString(body, "emailVerificationCode", errors);
        JsonFields.OptionalString(body, "seatUid", errors);
        errors.AddRange(JsonBody.UnknownProperties(body, RescheduleProperties));
        ThrowIfAny(errors);
        return new RescheduleBookingInput { Start = start!.Value, RescheduledBy = rescheduledBy, ReschedulingReason = reason };
    }

    private static void EnsureObject(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw CalComProblemException.BadRequest("Request body must be a JSON object");
        }
    }

    private static void ThrowIfAny(List<ValidationError> errors)
    {
        if (errors.Count > 0)
        {
            throw CalComProblemException.BadRequest(ValidationError.Flatten(errors));
        }
    }
}
