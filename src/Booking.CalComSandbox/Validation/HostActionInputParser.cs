using System.Text.Json;
using Booking.CalComSandbox.Http;

namespace Booking.CalComSandbox.Validation;

/// <summary>The bodies of the sandbox's host actions; every one may be empty except a reschedule's, which needs <c>start</c>.</summary>
internal static class HostActionInputParser
{
    /// <summary>An optional reason: <c>reason</c> for a decline, <c>cancellationReason</c> for a cancellation, as Cal.com names them.</summary>
    public static string? ParseReason(JsonElement body, string property)
    {
        EnsureObject(body);
        var errors = new List<ValidationError>();
        var reason = JsonFields.OptionalString(body, property, errors);
        ThrowIfAny(errors);
        return reason;
    }

    public static (DateTimeOffset Start, string? ReschedulingReason) ParseReschedule(JsonElement body)
    {
        EnsureObject(body);
        var errors = new List<ValidationError>();
        var start = JsonFields.RequiredInstant(body, "start", errors);
        var reason = JsonFields.OptionalString(body, "reschedulingReason", errors);
        ThrowIfAny(errors);
        return (start!.Value, reason);
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
