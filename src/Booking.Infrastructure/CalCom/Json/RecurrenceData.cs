namespace Booking.Infrastructure.CalCom.Json;

/// <summary>
/// Cal.com's <c>Recurrence_2024_06_14</c> on an event type: null, or <c>{ "disabled": true }</c>, when it does not repeat.
/// </summary>
internal sealed record RecurrenceData
{
    /// <summary><c>weekly</c>, <c>monthly</c> or <c>yearly</c>.</summary>
    public string? Frequency { get; init; }
}
