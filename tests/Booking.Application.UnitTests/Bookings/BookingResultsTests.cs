using Booking.Application.Bookings;
using Booking.Application.Common.Exceptions;
using Booking.Domain.Bookings;

namespace Booking.Application.UnitTests.Bookings;

public sealed class BookingResultsTests
{
    [TestCase("accepted", BookingStatus.Confirmed)]
    [TestCase("pending", BookingStatus.Pending)]
    [TestCase("awaiting_host", BookingStatus.Pending)]
    [TestCase("cancelled", BookingStatus.Cancelled)]
    [TestCase("rejected", BookingStatus.Rejected)]
    public void From_MapsCalComsStatus(string calComStatus, BookingStatus expected) =>
        Assert.That(BookingResults.From(CalComBookings.Accepted() with { Status = calComStatus }).Status, Is.EqualTo(expected));

    [Test]
    public void From_WhenStatusUnknown_ReportsCalComAsFaulty() =>
        Assert.Throws<CalComUpstreamException>(() => BookingResults.From(CalComBookings.Accepted() with { Status = "ACCEPTED" }));

    [Test]
    public void From_KeepsTimesAttendeeAndRescheduleLinks()
    {
        var result = BookingResults.From(CalComBookings.Accepted() with { RescheduledFromUid = "old", RescheduledToUid = "new" });

        Assert.That(result, Is.EqualTo(new BookingResult
        {
            ReservationId = CalComBookings.Uid,
            Status = BookingStatus.Confirmed,
            Start = CalComBookings.Start,
            End = CalComBookings.Start.AddMinutes(30),
            EventTypeId = 3139331,
            AttendeeName = "Jane Smith",
            AttendeeEmail = "jane.smith@example.com",
            RescheduledFrom = "old",
            RescheduledTo = "new",
        }));
    }

    [Test]
    public void From_WhenCalComListsNoAttendee_ReportsCalComAsFaulty() =>
        Assert.Throws<CalComUpstreamException>(() => BookingResults.From(CalComBookings.Accepted() with { AttendeeName = null, AttendeeEmail = null }));
}
