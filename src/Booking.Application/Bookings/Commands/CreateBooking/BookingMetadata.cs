using System.Text.Json;
using Booking.Domain.Common;

namespace Booking.Application.Bookings.Commands.CreateBooking;

/// <summary>Cal.com's limits on booking metadata, and the two keys our API gives a meaning of their own.</summary>
public static class BookingMetadata
{
    public const int MaxKeys = 50;
    public const int MaxKeyLength = 40;
    public const int MaxStringValueLength = 500;

    /// <summary>Free-text meeting location; also sent as an attendee-defined location when the event type takes one.</summary>
    public const string LocationKey = "location";

    /// <summary>Notes for the host; sent as the <c>notes</c> booking field.</summary>
    public const string NotesKey = "notes";

    public static bool IsAllowedValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!.Length <= MaxStringValueLength && !TextRules.HasHiddenCharacters(value.GetString(), allowLineBreaks: true),
        JsonValueKind.Number => TextRules.IsFiniteNumber(value.GetRawText()),
        JsonValueKind.True or JsonValueKind.False => true,
        _ => false,
    };

    public static string? GetText(IReadOnlyDictionary<string, JsonElement>? metadata, string key) =>
        metadata is not null && metadata.TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
