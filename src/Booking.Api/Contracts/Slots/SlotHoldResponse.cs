namespace Booking.Api.Contracts.Slots;

/// <summary>
/// A temporary hold on a slot. It is NOT a booking: it hides the slot from other slot searches and holds until
/// <see cref="ExpiresAt"/>, but anyone can still book the slot. Book it with <c>POST /api/slots/reserve</c>.
/// </summary>
public sealed record SlotHoldResponse
{
    /// <summary>Cal.com's reservation uid.</summary>
    public required string HoldId { get; init; }

    public required string EventTypeId { get; init; }

    /// <summary>UTC, ISO-8601 with milliseconds.</summary>
    public required string Start { get; init; }

    public required string End { get; init; }

    /// <summary>When the hold lapses (UTC); Cal.com holds a slot for 5 minutes.</summary>
    public required string ExpiresAt { get; init; }
}
