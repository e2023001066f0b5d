using Booking.Domain.Bookings;
using Booking.Domain.Common;
using BookingAggregate = Booking.Domain.Bookings.Booking;

namespace Booking.Domain.UnitTests.Bookings;

public sealed class BookingTests
{
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSlot FutureSlot = TimeSlot.Create(Now.AddDays(1), Now.AddDays(1).AddMinutes(30));
    private static readonly Attendee Jane = Attendee.Create("Jane", EmailAddress.From("jane@example.com"), "UTC");

    private static BookingAggregate NewBooking() => BookingAggregate.Request(EventTypeId.From(3139331), FutureSlot, Jane, Now);

    [Test]
    public void Request_StartsAsRequestedWithoutReservationId()
    {
        var booking = NewBooking();
        Assert.Multiple(() =>
        {
            Assert.That(booking.Status, Is.EqualTo(BookingStatus.Requested));
            Assert.That(booking.ReservationId, Is.Null);
            Assert.That(booking.Slot, Is.EqualTo(FutureSlot));
        });
    }

    [Test]
    public void Request_WhenSlotAlreadyStarted_Throws()
    {
        var started = TimeSlot.Create(Now, Now.AddMinutes(30));
        Assert.That(() => BookingAggregate.Request(EventTypeId.From(1), started, Jane, Now),
            Throws.TypeOf<DomainException>().With.Property(nameof(DomainException.Field)).EqualTo("start"));
    }

    [Test]
    public void Confirm_TakesCalComUidAndBookedSlot()
    {
        var booking = NewBooking();
        var booked = TimeSlot.Create(FutureSlot.Start, FutureSlot.Start.AddMinutes(15));

        booking.Confirm("uid-1", booked);

        Assert.Multiple(() =>
        {
            Assert.That(booking.Status, Is.EqualTo(BookingStatus.Confirmed));
            Assert.That(booking.ReservationId, Is.EqualTo("uid-1"));
            Assert.That(booking.Slot, Is.EqualTo(booked));
        });
    }

    [Test]
    public void MarkPending_SetsPending()
    {
        var booking = NewBooking();
        booking.MarkPending("uid-2", FutureSlot);
        Assert.That(booking.Status, Is.EqualTo(BookingStatus.Pending));
    }

    [Test]
    public void Confirm_WhenAlreadyConfirmed_Throws()
    {
        var booking = NewBooking();
        booking.Confirm("uid-1", FutureSlot);
        Assert.That(() => booking.MarkPending("uid-1", FutureSlot), Throws.InvalidOperationException);
    }

    [Test]
    public void Confirm_WhenUidBlank_Throws() =>
        Assert.That(() => NewBooking().Confirm(" ", FutureSlot), Throws.ArgumentException);
}
