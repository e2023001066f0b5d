using Booking.Domain.Bookings;
using Booking.Domain.Common;

namespace Booking.Domain.UnitTests.Bookings;

public sealed class BookingAggregateTests
{
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSlot FutureSlot = TimeSlot.Create(Now.AddDays(1), Now.AddDays(1).AddMinutes(30));
    private static readonly TimeSlot LaterSlot = TimeSlot.Create(Now.AddDays(2), Now.AddDays(2).AddMinutes(30));
    private static readonly Attendee Jane = Attendee.Parse(("Jane", "jane@example.com"), "UTC").Value;
    private static readonly ReservationId Uid = ReservationId.From("uid-1");
    private static readonly ReservationId NewUid = ReservationId.From("uid-2");

    private static BookingAggregate Requested() =>
        BookingAggregate.Request(EventTypeId.From(3139331), FutureSlot, Jane, BookingMetadata.None, Now);

    private static BookingAggregate Existing(BookingStatus status, TimeSlot? slot = null, ReservationId? rescheduledTo = null) =>
        BookingAggregate.Existing(Uid, status, EventTypeId.From(3139331), slot ?? FutureSlot, Jane, rescheduledTo: rescheduledTo);

    [Test]
    public void Request_StartsAsRequestedWithoutId()
    {
        var booking = Requested();
        Assert.Multiple(() =>
        {
            Assert.That(booking.Status, Is.EqualTo(BookingStatus.Requested));
            Assert.That(booking.Id, Is.Null);
            Assert.That(booking.Slot, Is.EqualTo(FutureSlot));
            Assert.That(booking.IsActive, Is.False);
        });
    }

    [Test]
    public void Request_WhenSlotAlreadyStarted_ThrowsForStart()
    {
        var started = TimeSlot.Create(Now, Now.AddMinutes(30));
        Assert.That(() => BookingAggregate.Request(EventTypeId.From(1), started, Jane, BookingMetadata.None, Now),
            Throws.TypeOf<DomainException>()
                .With.Property(nameof(DomainException.Field)).EqualTo("start")
                .And.Message.EqualTo(FutureStart.Message));
    }

    [TestCase(BookingStatus.Confirmed)]
    [TestCase(BookingStatus.Pending)]
    public void Booked_TakesCalComIdSlotAndStatus(BookingStatus status)
    {
        var booking = Requested();
        var booked = TimeSlot.Create(FutureSlot.Start, FutureSlot.Start.AddMinutes(15));

        booking.Booked(Uid, booked, status);

        Assert.Multiple(() =>
        {
            Assert.That(booking.Status, Is.EqualTo(status));
            Assert.That(booking.Id, Is.EqualTo(Uid));
            Assert.That(booking.Slot, Is.EqualTo(booked));
            Assert.That(booking.IsActive, Is.True);
        });
    }

    [TestCase(BookingStatus.Cancelled)]
    [TestCase(BookingStatus.Rejected)]
    [TestCase(BookingStatus.Requested)]
    public void Booked_WhenStatusIsNotANewBookings_Throws(BookingStatus status) =>
        Assert.That(() => Requested().Booked(Uid, FutureSlot, status), Throws.TypeOf<ArgumentOutOfRangeException>());

    [Test]
    public void Booked_WhenAlreadyBooked_Throws()
    {
        var booking = Requested();
        booking.Booked(Uid, FutureSlot, BookingStatus.Confirmed);
        Assert.That(() => booking.Booked(NewUid, FutureSlot, BookingStatus.Pending), Throws.InvalidOperationException);
    }

    [Test]
    public void Existing_WhenRequested_Throws() =>
        Assert.That(() => Existing(BookingStatus.Requested), Throws.TypeOf<ArgumentOutOfRangeException>());

    [TestCase(BookingStatus.Confirmed)]
    [TestCase(BookingStatus.Pending)]
    [TestCase(BookingStatus.Rejected)]
    public void Cancel_WhenNotCancelledAndNotEnded_CancelsAndAsksForTheCancel(BookingStatus status)
    {
        var booking = Existing(status);

        Assert.That(booking.Cancel(Now), Is.True);
        Assert.That(booking.Status, Is.EqualTo(BookingStatus.Cancelled));
    }

    [Test]
    public void Cancel_WhenAlreadyCancelled_IsANoOp()
    {
        var booking = Existing(BookingStatus.Cancelled);

        Assert.That(booking.Cancel(Now), Is.False);
        Assert.That(booking.Status, Is.EqualTo(BookingStatus.Cancelled));
    }

    [Test]
    public void Cancel_WhenCancelledAndEnded_IsStillANoOp() =>
        Assert.That(Existing(BookingStatus.Cancelled).Cancel(FutureSlot.End.AddDays(1)), Is.False);

    [TestCase(0)]
    [TestCase(60)]
    public void Cancel_WhenEnded_IsRefusedAndChangesNothing(int minutesAfterEnd)
    {
        var booking = Existing(BookingStatus.Confirmed);

        Assert.That(() => booking.Cancel(FutureSlot.End.AddMinutes(minutesAfterEnd)),
            Throws.TypeOf<BookingChangeRefusedException>()
                .With.Property(nameof(BookingChangeRefusedException.Change)).EqualTo(BookingChange.Cancel)
                .And.Message.EqualTo("Booking uid-1 has already ended."));
        Assert.That(booking.Status, Is.EqualTo(BookingStatus.Confirmed));
    }

    [Test]
    public void Cancel_WhenOnlyRequested_Throws() =>
        Assert.That(() => Requested().Cancel(Now), Throws.InvalidOperationException);

    [TestCase(BookingStatus.Confirmed)]
    [TestCase(BookingStatus.Pending)]
    public void EnsureCanMoveTo_WhenActiveAndNewSlotInTheFuture_Passes(BookingStatus status) =>
        Assert.That(() => Existing(status).EnsureCanMoveTo(LaterSlot, Now), Throws.Nothing);

    [TestCase(BookingStatus.Cancelled, "Booking uid-1 is cancelled.")]
    [TestCase(BookingStatus.Rejected, "Booking uid-1 is rejected.")]
    public void EnsureCanMoveTo_WhenCancelledOrRejected_IsRefused(BookingStatus status, string reason) =>
        Assert.That(() => Existing(status).EnsureCanMoveTo(LaterSlot, Now),
            Throws.TypeOf<BookingChangeRefusedException>()
                .With.Property(nameof(BookingChangeRefusedException.Change)).EqualTo(BookingChange.Reschedule)
                .And.Message.EqualTo(reason));

    [Test]
    public void EnsureCanMoveTo_WhenRescheduledAlready_NamesTheReplacement() =>
        Assert.That(() => Existing(BookingStatus.Cancelled, rescheduledTo: NewUid).EnsureCanMoveTo(LaterSlot, Now),
            Throws.TypeOf<BookingChangeRefusedException>()
                .With.Message.EqualTo("Booking uid-1 was rescheduled already; its replacement is uid-2."));

    [Test]
    public void EnsureCanMoveTo_WhenNewSlotHasBegun_ThrowsForStart() =>
        Assert.That(() => Existing(BookingStatus.Confirmed).EnsureCanMoveTo(TimeSlot.Create(Now.AddMinutes(-1), Now.AddMinutes(29)), Now),
            Throws.TypeOf<DomainException>().With.Property(nameof(DomainException.Field)).EqualTo("start"));

    [Test]
    public void RescheduledAs_CancelsTheOriginAndLinksBothWays()
    {
        var origin = Existing(BookingStatus.Confirmed);
        var replacement = BookingAggregate.Existing(NewUid, BookingStatus.Pending, EventTypeId.From(3139331), LaterSlot, Jane);

        origin.RescheduledAs(replacement);

        Assert.Multiple(() =>
        {
            Assert.That(origin.Status, Is.EqualTo(BookingStatus.Cancelled));
            Assert.That(origin.RescheduledTo, Is.EqualTo(NewUid));
            Assert.That(replacement.RescheduledFrom, Is.EqualTo(Uid));
            Assert.That(replacement.Status, Is.EqualTo(BookingStatus.Pending));
        });
    }

    [Test]
    public void RescheduledAs_WhenTheOriginNoLongerHoldsItsSlot_Throws() =>
        Assert.That(() => Existing(BookingStatus.Cancelled).RescheduledAs(
                BookingAggregate.Existing(NewUid, BookingStatus.Confirmed, EventTypeId.From(3139331), LaterSlot, Jane)),
            Throws.InvalidOperationException);

    [Test]
    public void RescheduledAs_WhenTheReplacementIsOnlyRequested_Throws() =>
        Assert.That(() => Existing(BookingStatus.Confirmed).RescheduledAs(Requested()), Throws.InvalidOperationException);
}
