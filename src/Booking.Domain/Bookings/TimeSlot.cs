using Booking.Domain.Common;

namespace Booking.Domain.Bookings;

/// <summary>A span of time in UTC whose end is after its start.</summary>
public sealed record TimeSlot
{
    public const string EndAfterStartMessage = "end must be after start.";

    public DateTimeOffset Start { get; }

    public DateTimeOffset End { get; }

    public TimeSpan Duration => End - Start;

    private TimeSlot(DateTimeOffset start, DateTimeOffset end)
    {
        Start = start;
        End = end;
    }

    public static TimeSlot Create(DateTimeOffset start, DateTimeOffset end) =>
        end > start
            ? new TimeSlot(start.ToUniversalTime(), end.ToUniversalTime())
            : throw new DomainException("end", EndAfterStartMessage);

    /// <summary>Reads a client's <c>start</c> and <c>end</c>, reporting every problem with either at once.</summary>
    public static Parsed<TimeSlot> Parse(string? start, string? end)
    {
        var from = Iso8601.ParseInstant(start, "start");
        var to = Iso8601.ParseInstant(end, "end");
        if (!from.IsValid || !to.IsValid)
        {
            return Parsed<TimeSlot>.Invalid([.. from.Errors, .. to.Errors]);
        }

        return to.Value > from.Value
            ? new TimeSlot(from.Value.ToUniversalTime(), to.Value.ToUniversalTime())
            : Parsed<TimeSlot>.Invalid("end", EndAfterStartMessage);
    }

    public bool HasEndedAt(DateTimeOffset instant) => End <= instant;
}
