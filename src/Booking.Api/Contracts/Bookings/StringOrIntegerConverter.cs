using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Booking.Api.Contracts.Bookings;

/// <summary>Reads an id sent either as a JSON string (as the spec shows) or as a JSON number, keeping its text so
/// the validator can say what is wrong with it. Writes it back as a string.</summary>
public sealed class StringOrIntegerConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan),
            _ => throw new JsonException("Expected a string or a number."),
        };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
