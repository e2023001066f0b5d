using System.Text.Json;

namespace Booking.CalComSandbox.Validation;

/// <summary>Typed reads of optional JSON properties that record a class-validator style error when the type is wrong.</summary>
internal static class JsonFields
{
    public static string? OptionalString(JsonElement owner, string name, List<ValidationError> errors)
    {
        if (!owner.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        errors.Add(ValidationError.Of(name, $"{name} must be a string"));
        return null;
    }

    public static int? OptionalInteger(JsonElement owner, string name, List<ValidationError> errors, int minimum = int.MinValue)
    {
        if (!owner.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            errors.Add(ValidationError.Of(name, $"{name} must be an integer number"));
            return null;
        }

        if (number < minimum)
        {
            errors.Add(ValidationError.Of(name, $"{name} must not be less than {minimum}"));
            return null;
        }

        return number;
    }

    public static bool? OptionalBoolean(JsonElement owner, string name, List<ValidationError> errors)
    {
        if (!owner.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        errors.Add(ValidationError.Of(name, $"{name} must be a boolean value"));
        return null;
    }

    public static DateTimeOffset? RequiredInstant(JsonElement owner, string name, List<ValidationError> errors)
    {
        var present = owner.TryGetProperty(name, out var value);
        if (present && value.ValueKind == JsonValueKind.String && CalComFormats.TryParseIsoInstant(value.GetString(), out var instant))
        {
            return instant;
        }

        errors.Add(ValidationError.Of(name, $"{name} must be a valid ISO 8601 date string"));
        return null;
    }

    public static IReadOnlyDictionary<string, JsonElement> ObjectEntries(JsonElement value) =>
        value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
}
