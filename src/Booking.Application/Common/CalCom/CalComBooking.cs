namespace Booking.Application.Common.CalCom;

/// <summary>A booking as Cal.com reports it.</summary>
public sealed record CalComBooking
{
    /// <summary>Cal.com's booking uid (used for read, cancel and reschedule).</summary>
    public required string Uid { get; init; }

    /// <summary>Cal.com's lower-case status: <c>accepted</c>, <c>pending</c>, <c>cancelled</c>, <c>rejected</c>, <c>awaiting_host</c>.</summary>
    public required string Status { get; init; }

    public required DateTimeOffset Start { get; init; }

    public required DateTimeOffset End { get; init; }

    public required int EventTypeId { get; init; }

    /// <summary>The first attendee's name as Cal.com stored it, when present.</summary>
    public string? AttendeeName { get; init; }

    /// <summary>The first attendee's email as Cal.com stored it, when present.</summary>
    public string? AttendeeEmail { get; init; }

    /// <summary>On a booking made by rescheduling: the uid of the booking it replaced.</summary>
    public string? RescheduledFromUid { get; init; }

    /// <summary>On a booking that was rescheduled (and so cancelled): the uid of the booking that replaced it.</summary>
    public string? RescheduledToUid { get; init; }
}
