using System.Globalization;
using Booking.Domain.Bookings;
using Booking.Domain.Common;

namespace Booking.Domain.EventTypes;

/// <summary>What a booking needs to know of its Cal.com event type, and the rules that follow from it.</summary>
public sealed record EventType
{
    public required EventTypeId Id { get; init; }

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

    /// <summary>A booking is one meeting (this API does not book series) of a length the event type offers.</summary>
    public void EnsureCanBook(TimeSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        if (IsRecurring)
        {
            // Cal.com would create the whole series and answer with all of it.
            throw new DomainException(EventTypeId.Field,
                $"Event type {Id} repeats {RecurrenceFrequency}; this API books single meetings, not recurring series.");
        }

        EnsureOffersLength(slot.Duration.TotalMinutes, "end", "end - start");
    }

    /// <summary>A booking or a hold lasts one of the lengths the event type offers.</summary>
    /// <param name="field">The input the length comes from.</param>
    /// <param name="quantity">How the request expresses the length, e.g. <c>end - start</c>.</param>
    public void EnsureOffersLength(double minutes, string field, string quantity)
    {
        if (minutes % 1 == 0 && AllowedLengths.Contains((int)minutes))
        {
            return;
        }

        var allowed = string.Join(", ", AllowedLengths.Select(length => length.ToString(CultureInfo.InvariantCulture)));
        throw new DomainException(field,
            string.Create(CultureInfo.InvariantCulture, $"{quantity} must be {allowed} minutes for event type {Id}; it is {minutes} minutes."));
    }

    /// <summary>
    /// Cal.com gives a rescheduled booking the event type's default length, whatever the old one lasted; a request for
    /// another length is refused rather than silently shortened.
    /// </summary>
    public void EnsureRescheduleLength(TimeSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        if (slot.Duration == TimeSpan.FromMinutes(LengthInMinutes))
        {
            return;
        }

        throw new DomainException("end", string.Create(CultureInfo.InvariantCulture,
            $"end - start must be {LengthInMinutes} minutes, the default length of event type {Id}, because Cal.com reschedules to that length; it is {slot.Duration.TotalMinutes} minutes."));
    }
}
