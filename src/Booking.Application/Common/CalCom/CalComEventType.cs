namespace Booking.Application.Common.CalCom;

/// <summary>The parts of a Cal.com event type the booking path needs.</summary>
/// <param name="Id">Cal.com event type id.</param>
/// <param name="LengthInMinutes">The default length.</param>
/// <param name="LengthInMinutesOptions">The allowed lengths when the event type offers several; empty otherwise.</param>
public sealed record CalComEventType(int Id, int LengthInMinutes, IReadOnlyList<int> LengthInMinutesOptions)
{
    public bool HasMultipleLengths => LengthInMinutesOptions.Count > 0;

    public IReadOnlyList<int> AllowedLengths => HasMultipleLengths ? LengthInMinutesOptions : [LengthInMinutes];
}
