using System.Text.Json;

namespace Booking.CalComSandbox.Output;

/// <summary>Cal.com's <c>BookingOutput_2024_08_13</c>.</summary>
internal sealed record BookingOutput
{
    public required int Id { get; init; }

    public required string Uid { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required IReadOnlyList<BookingHostOutput> Hosts { get; init; }

    public required string Status { get; init; }

    public string? CancellationReason { get; init; }

    public string? CancelledByEmail { get; init; }

    public string? ReschedulingReason { get; init; }

    public string? RescheduledByEmail { get; init; }

    public string? RescheduledFromUid { get; init; }

    public string? RescheduledToUid { get; init; }

    public required string Start { get; init; }

    public required string End { get; init; }

    public required int Duration { get; init; }

    public required int EventTypeId { get; init; }

    public required EventTypeReference EventType { get; init; }

    public required string MeetingUrl { get; init; }

    public required string Location { get; init; }

    public bool AbsentHost { get; init; }

    public required string CreatedAt { get; init; }

    public required string UpdatedAt { get; init; }

    public required IReadOnlyDictionary<string, JsonElement> Metadata { get; init; }

    public required string IcsUid { get; init; }

    public required IReadOnlyList<BookingAttendeeOutput> Attendees { get; init; }

    public IReadOnlyList<string>? Guests { get; init; }

    public required IReadOnlyDictionary<string, JsonElement> BookingFieldsResponses { get; init; }
}
