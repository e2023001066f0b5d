namespace Booking.Infrastructure.CalCom.Json;

/// <summary>The parts of Cal.com's <c>BookingOutput_2024_08_13</c> we read; everything is optional until checked.</summary>
internal sealed record BookingData
{
    public string? Uid { get; init; }

    public string? Status { get; init; }

    public DateTimeOffset? Start { get; init; }

    public DateTimeOffset? End { get; init; }

    /// <summary>Deprecated by Cal.com in favour of <see cref="EventType"/>, so either may be missing.</summary>
    public int? EventTypeId { get; init; }

    public EventTypeReferenceData? EventType { get; init; }

    public IReadOnlyList<AttendeeData>? Attendees { get; init; }

    public string? RescheduledFromUid { get; init; }

    public string? RescheduledToUid { get; init; }
}
