namespace Booking.Application.Common.CalCom;

/// <summary>The parts of a Cal.com event type the booking path needs.</summary>
public sealed record CalComEventType
{
    public required int Id { get; init; }

    /// <summary>The default length.</summary>
    public required int LengthInMinutes { get; init; }

    /// <summary>The allowed lengths when the event type offers several; empty otherwise.</summary>
    public IReadOnlyList<int> LengthInMinutesOptions { get; init; } = [];

    /// <summary>The <c>type</c> of each location the event type offers (e.g. <c>address</c>, <c>attendeeDefined</c>).</summary>
    public IReadOnlyList<string> LocationTypes { get; init; } = [];

    /// <summary><c>weekly</c>, <c>monthly</c> or <c>yearly</c> when a booking of the event type repeats; null otherwise.</summary>
    public string? RecurrenceFrequency { get; init; }

    /// <summary>Whether Cal.com books a whole series of occurrences, not one booking.</summary>
    public bool IsRecurring => RecurrenceFrequency is not null;

    public bool HasMultipleLengths => LengthInMinutesOptions.Count > 0;

    public IReadOnlyList<int> AllowedLengths => HasMultipleLengths ? LengthInMinutesOptions : [LengthInMinutes];

    /// <summary>Whether the attendee may name the location in free text (Cal.com location type <c>attendeeDefined</c>).</summary>
    public bool AcceptsAttendeeDefinedLocation => LocationTypes.Contains("attendeeDefined");
}
