using System.Text.Json;
using Booking.Api.Contracts.Errors;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Booking.Api.Errors;

/// <summary>
/// Turns what the JSON reader rejected (malformed JSON or UTF-8, a wrong JSON type, an unknown or repeated property, an
/// empty body) into the validation envelope, naming the field by its JSON path and never echoing framework or type names.
/// </summary>
public static class ModelStateErrors
{
    private static readonly Dictionary<string, string> ExpectedTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["eventTypeId"] = "a string or an integer",
        ["attendee"] = "an object",
        ["metadata"] = "an object",
        ["start"] = "a string",
        ["end"] = "a string",
        ["timezone"] = "a string",
        ["attendee.name"] = "a string",
        ["attendee.email"] = "a string",
        ["reason"] = "a string",
        ["durationMinutes"] = "an integer",
    };

    public static ApiError ToApiError(ModelStateDictionary modelState)
    {
        var errors = modelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .SelectMany(entry => entry.Value!.Errors.Select(error => Describe(entry.Key, error)))
            .Distinct()
            .ToList();

        return ErrorTable.Invalid(errors.Count > 0 ? errors : [BodyMustBeAnObject]);
    }

    private static readonly FieldErrorResponse BodyMustBeAnObject = new("body", "The request body must be a JSON object.");

    private static FieldErrorResponse Describe(string key, ModelError error)
    {
        if (error.Exception is RejectedBodyFieldException rejected)
        {
            return new FieldErrorResponse(rejected.Field, rejected.Message);
        }

        if (error.Exception is not JsonException json)
        {
            return BodyMustBeAnObject;
        }

        var field = ToFieldPath(json.Path ?? key);
        var message = json.Message;
        if (IsUnknownProperty(json))
        {
            return new FieldErrorResponse(field, $"{field} is not a known property.");
        }

        if (message.StartsWith("Duplicate propert", StringComparison.Ordinal))
        {
            return new FieldErrorResponse(field, $"{field} is given more than once; give each property once.");
        }

        if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
            || message.StartsWith("Expected a string or a number", StringComparison.Ordinal))
        {
            var expected = ExpectedTypes.TryGetValue(field, out var type) ? type : "another JSON type";
            return field.Length == 0
                ? BodyMustBeAnObject
                : new FieldErrorResponse(field, $"{field} has the wrong JSON type; expected {expected}.");
        }

        return new FieldErrorResponse("body", "The request body is not valid JSON.");
    }

    /// <summary>True when the JSON reader stopped at a property the contract does not know.</summary>
    public static bool IsUnknownProperty(JsonException exception) =>
        exception.Message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal);

    /// <summary><c>$.attendee.email</c> → <c>attendee.email</c>; <c>$['odd key']</c> → <c>odd key</c>.</summary>
    private static string ToFieldPath(string path)
    {
        var trimmed = path.StartsWith('$') ? path[1..] : path;
        trimmed = trimmed.Replace("['", ".", StringComparison.Ordinal).Replace("']", string.Empty, StringComparison.Ordinal);
        return trimmed.TrimStart('.');
    }
}
