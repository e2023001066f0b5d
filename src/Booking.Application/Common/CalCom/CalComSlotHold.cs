namespace Booking.Application.Common.CalCom;

/// <summary>A temporary hold on a slot (Cal.com's slot reservation). Not a booking.</summary>
public sealed record CalComSlotHold
{
    /// <summary>Cal.com's reservation uid.</summary>
    public required string Uid { get; init; }

    public required int EventTypeId { get; init; }

    public required DateTimeOffset Start { get; init; }

    public required DateTimeOffset End { get; init; }

    /// <summary>When Cal.com lets the hold go.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }
}
