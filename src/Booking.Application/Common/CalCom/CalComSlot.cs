namespace Booking.Application.Common.CalCom;

/// <summary>One free slot as Cal.com reports it.</summary>
public sealed record CalComSlot
{
    public required DateTimeOffset Start { get; init; }

    /// <summary>Present when Cal.com answered in its <c>range</c> format, which the gateway asks for; null otherwise.</summary>
    public DateTimeOffset? End { get; init; }
}
