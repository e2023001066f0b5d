using System.Text.Json;

namespace Booking.CalComSandbox.Validation;

internal sealed record CreateBookingInput
{
    public required DateTimeOffset Start { get; init; }

    public required AttendeeInput Attendee { get; init; }

    public int? EventTypeId { get; init; }

    public string? EventTypeSlug { get; init; }

    public string? Username { get; init; }

    public string? TeamSlug { get; init; }

    public int? LengthInMinutes { get; init; }

    public IReadOnlyList<string> Guests { get; init; } = [];

    public LocationInput? Location { get; init; }

    public string? MeetingUrl { get; init; }

    public IReadOnlyDictionary<string, JsonElement> BookingFieldsResponses { get; init; } = new Dictionary<string, JsonElement>();

    public IReadOnlyDictionary<string, JsonElement> Metadata { get; init; } = new Dictionary<string, JsonElement>();
}
