using Booking.Domain.Bookings;

namespace Booking.Domain.UnitTests.Bookings;

public sealed class BookingStatusRulesTests
{
    [TestCase(BookingStatus.Confirmed, true)]
    [TestCase(BookingStatus.Pending, true)]
    [TestCase(BookingStatus.Cancelled, false)]
    [TestCase(BookingStatus.Rejected, false)]
    [TestCase(BookingStatus.Requested, false)]
    public void IsActive_OnlyForBookingsThatHoldTheirSlot(BookingStatus status, bool active) =>
        Assert.That(status.IsActive(), Is.EqualTo(active));
}
