using System.Text.Json;
using Booking.CalComSandbox.Seed;

namespace Booking.CalComSandbox.Scheduling;

/// <summary>An immutable snapshot; the store swaps whole snapshots so readers never see half an update.</summary>
internal sealed record StoredBooking
{
    public required int Id { get; init; }

    public required string Uid { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required SeedHost Host { get; init; }

    public required SeedEventType EventType { get; init; }

    public required string Status { get; init; }

    public required DateTimeOffset Start { get; init; }

    public required DateTimeOffset End { get; init; }

    public required StoredAttendee Attendee { get; init; }

    public IReadOnlyList<string> Guests { get; init; } = [];

    public required string Location { get; init; }

    public IReadOnlyDictionary<string, JsonElement> BookingFieldsResponses { get; init; } =
        new Dictionary<string, JsonElement>();

    public IReadOnlyDictionary<string, JsonElement> Metadata { get; init; } = new Dictionary<string, JsonElement>();

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public string? CancellationReason { get; init; }

    public string? CancelledByEmail { get; init; }

    public string? ReschedulingReason { get; init; }

    public string? RescheduledByEmail { get; init; }

    public string? RescheduledFromUid { get; init; }

    public string? RescheduledToUid { get; init; }

    public string? RejectionReason { get; init; }

    /// <summary><c>{uid}@Cal.com</c> of the first booking in a chain of reschedules: a reschedule keeps it.</summary>
    public required string ICalUid { get; init; }

    /// <summary>0 for a new booking; a reschedule and a cancellation each add one (a confirmation or rejection does not).</summary>
    public int ICalSequence { get; init; }

    /// <summary>Accepted and pending bookings make the host busy.</summary>
    public bool BlocksHost => Status is BookingStatuses.Accepted or BookingStatuses.Pending;

    public int DurationInMinutes => (int)(End - Start).TotalMinutes;

    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => Start < end && start < End;

    public bool HasAttendee(string? email, string? phoneNumber) =>
        (email is not null && string.Equals(Attendee.Email, email, StringComparison.OrdinalIgnoreCase))
        || (phoneNumber is not null && Attendee.PhoneNumber == phoneNumber);
}
