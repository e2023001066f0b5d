using Booking.Application.Common.CalCom;
using Booking.Application.Common.Exceptions;
using Booking.Domain.Bookings;

namespace Booking.Application.Bookings;

/// <summary>Reads an existing Cal.com booking into the application's <see cref="BookingResult"/>.</summary>
public static class BookingResults
{
    public static BookingResult From(CalComBooking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return new BookingResult
        {
            ReservationId = booking.Uid,
            Status = StatusOf(booking),
            Start = booking.Start,
            End = booking.End,
            EventTypeId = booking.EventTypeId,
            // Every booking made through this API has its attendee; one without is not a booking we can describe.
            AttendeeName = booking.AttendeeName ?? throw new CalComUpstreamException("Cal.com's booking has no attendee."),
            AttendeeEmail = booking.AttendeeEmail ?? throw new CalComUpstreamException("Cal.com's booking has no attendee email."),
            RescheduledFrom = booking.RescheduledFromUid,
            RescheduledTo = booking.RescheduledToUid,
        };
    }

    /// <summary>
    /// Cal.com's statuses (CONTRACT §2) in this API's terms. <c>awaiting_host</c> (instant meetings) waits for the host
    /// like <c>pending</c>. An unknown status means Cal.com changed its contract: that is reported, not guessed.
    /// </summary>
    public static BookingStatus StatusOf(CalComBooking booking)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return booking.Status switch
        {
            "accepted" => BookingStatus.Confirmed,
            "pending" or "awaiting_host" => BookingStatus.Pending,
            "cancelled" => BookingStatus.Cancelled,
            "rejected" => BookingStatus.Rejected,
            var unknown => throw new CalComUpstreamException($"Cal.com reported the unknown booking status '{unknown}'."),
        };
    }
}
