using Booking.Application.Bookings.Commands.RescheduleBooking;
using Booking.Application.Common.Failures;
using Booking.Application.Common.Interfaces;
using Booking.Domain.Bookings;
using Booking.Domain.Common;
using Booking.Domain.EventTypes;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Booking.Application.UnitTests.Bookings;

public sealed class RescheduleBookingCommandTests
{
    private const string NewUid = "Zq81NewBookingUid000001";
    private static readonly DateTimeOffset NewStart = new(2030, 1, 9, 10, 0, 0, TimeSpan.Zero);

    private readonly Mock<ICalComGateway> calCom = new(MockBehavior.Strict);
    private (BookingAggregate Booking, TimeSlot NewSlot, string? Reason)? sent;

    private RescheduleBookingCommandHandler Handler() => new(calCom.Object, new FakeTimeProvider(TestBookings.Now));

    private static RescheduleBookingCommand Command(
        string? end = "2030-01-09T10:30:00Z", string? reason = null, string? start = "2030-01-09T10:00:00Z", string? id = TestBookings.Uid) => new()
    {
        ReservationId = ReservationId.Parse(id),
        Slot = TimeSlot.Parse(start, end),
        Reason = ChangeReason.Parse(reason),
    };

    private void CurrentBookingIs(BookingAggregate booking) =>
        calCom.Setup(g => g.GetBookingAsync(TestBookings.Id, It.IsAny<CancellationToken>())).ReturnsAsync(booking);

    private void EventTypeLastsThirtyMinutes() =>
        calCom.Setup(g => g.FindEventTypeAsync(TestBookings.EventType, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new EventType { Id = TestBookings.EventType, LengthInMinutes = 30, LengthInMinutesOptions = [15, 30, 60] });

    private void CalComMovesIt(BookingStatus status = BookingStatus.Confirmed) =>
        calCom.Setup(g => g.RescheduleBookingAsync(It.IsAny<BookingAggregate>(), It.IsAny<TimeSlot>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .Callback<BookingAggregate, TimeSlot, string?, CancellationToken>((booking, slot, reason, _) => sent = (booking, slot, reason))
            .ReturnsAsync(() => TestBookings.Existing(status, NewUid, NewStart));

    [Test]
    public async Task Handle_WhenBookingActive_ReturnsTheNewBookingNamingTheOldOne()
    {
        var current = TestBookings.Existing();
        CurrentBookingIs(current);
        EventTypeLastsThirtyMinutes();
        CalComMovesIt();

        var replacement = await Handler().Handle(Command(reason: " Clash "), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(replacement.Id, Is.EqualTo(ReservationId.From(NewUid)));
            Assert.That(replacement.RescheduledFrom, Is.EqualTo(TestBookings.Id));
            Assert.That(replacement.Status, Is.EqualTo(BookingStatus.Confirmed));
            Assert.That(replacement.Slot.Start, Is.EqualTo(NewStart));
            Assert.That(sent!.Value.Booking, Is.SameAs(current));
            Assert.That(sent.Value.NewSlot.Start, Is.EqualTo(NewStart));
            Assert.That(sent.Value.Reason, Is.EqualTo("Clash"));
            Assert.That(current.Status, Is.EqualTo(BookingStatus.Cancelled), "the old booking is cancelled");
            Assert.That(current.RescheduledTo, Is.EqualTo(ReservationId.From(NewUid)), "and points to its replacement");
        });
    }

    [Test]
    public async Task Handle_WhenPending_MovesIt()
    {
        CurrentBookingIs(TestBookings.Existing(BookingStatus.Pending));
        EventTypeLastsThirtyMinutes();
        CalComMovesIt(BookingStatus.Pending);

        var replacement = await Handler().Handle(Command(), CancellationToken.None);

        Assert.That(replacement.Id, Is.EqualTo(ReservationId.From(NewUid)));
    }

    [TestCase(BookingStatus.Cancelled)]
    [TestCase(BookingStatus.Rejected)]
    public void Handle_WhenBookingNoLongerActive_RefusesWithoutAskingCalComToMoveIt(BookingStatus status)
    {
        CurrentBookingIs(TestBookings.Existing(status));

        var thrown = Assert.ThrowsAsync<BookingChangeRefusedException>(() => Handler().Handle(Command(), CancellationToken.None));

        Assert.That(FailureException.Of(thrown!)!.Kind, Is.EqualTo(FailureKind.BookingNotReschedulable));
        Assert.That(thrown!.Message, Is.EqualTo($"Booking {TestBookings.Uid} is {status.ToString().ToLowerInvariant()}."));
        calCom.Verify(g => g.RescheduleBookingAsync(It.IsAny<BookingAggregate>(), It.IsAny<TimeSlot>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void Handle_WhenRescheduledAlready_NamesTheReplacement()
    {
        CurrentBookingIs(TestBookings.Existing(BookingStatus.Cancelled, rescheduledTo: NewUid));

        var thrown = Assert.ThrowsAsync<BookingChangeRefusedException>(() => Handler().Handle(Command(), CancellationToken.None));

        Assert.That(thrown!.Message, Does.Contain(NewUid));
    }

    [Test]
    public void Handle_WhenBookingUnknown_PropagatesNotFound()
    {
        calCom.Setup(g => g.GetBookingAsync(TestBookings.Id, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new FailureException(FailureKind.BookingNotFound, "gone"));

        var thrown = Assert.ThrowsAsync<FailureException>(() => Handler().Handle(Command(), CancellationToken.None));
        Assert.That(thrown!.Kind, Is.EqualTo(FailureKind.BookingNotFound));
    }

    [Test]
    public void Handle_WhenLengthIsNotTheEventTypesDefault_FailsValidationWithoutMovingIt()
    {
        CurrentBookingIs(TestBookings.Existing());
        EventTypeLastsThirtyMinutes();

        var thrown = Assert.ThrowsAsync<DomainException>(() => Handler().Handle(Command(end: "2030-01-09T11:00:00Z"), CancellationToken.None));

        Assert.That(FailureException.Of(thrown!)!.Errors.Single(), Is.EqualTo(new FieldError("end",
            "end - start must be 30 minutes, the default length of event type 3139331, because Cal.com reschedules to that length; it is 60 minutes.")));
        calCom.Verify(g => g.RescheduleBookingAsync(It.IsAny<BookingAggregate>(), It.IsAny<TimeSlot>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Handle_WhenEventTypeCannotBeRead_LetsCalComDecideTheLength()
    {
        CurrentBookingIs(TestBookings.Existing());
        calCom.Setup(g => g.FindEventTypeAsync(TestBookings.EventType, It.IsAny<CancellationToken>())).ReturnsAsync((EventType?)null);
        CalComMovesIt();

        var replacement = await Handler().Handle(Command(end: "2030-01-09T11:00:00Z"), CancellationToken.None);

        Assert.That(replacement.Slot.End, Is.EqualTo(NewStart.AddMinutes(30)), "the times Cal.com actually booked");
    }

    [Test]
    public void Handle_WhenNewSlotTaken_PropagatesSlotUnavailableAndKeepsTheBooking()
    {
        var current = TestBookings.Existing();
        CurrentBookingIs(current);
        EventTypeLastsThirtyMinutes();
        calCom.Setup(g => g.RescheduleBookingAsync(It.IsAny<BookingAggregate>(), It.IsAny<TimeSlot>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new FailureException(FailureKind.SlotUnavailable, "taken"));

        var thrown = Assert.ThrowsAsync<FailureException>(() => Handler().Handle(Command(), CancellationToken.None));
        Assert.That(thrown!.Kind, Is.EqualTo(FailureKind.SlotUnavailable));
        Assert.That(current.Status, Is.EqualTo(BookingStatus.Confirmed));
    }

    private static RescheduleBookingCommandValidator Validator() => new(new FakeTimeProvider(TestBookings.Now));

    [Test]
    public void Validate_WhenValid_HasNoErrors() => Assert.That(Validator().Validate(Command()).IsValid, Is.True);

    [Test]
    public void Validate_WhenEverythingMissing_ListsEveryRequiredField()
    {
        var result = Validator().Validate(Command(start: null, end: null, id: null));
        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EquivalentTo(new[] { "reservationId", "start", "end" }));
    }

    [Test]
    public void Validate_WhenStartHasNoOffset_RejectsInsteadOfGuessing()
    {
        var result = Validator().Validate(Command(start: "2030-01-09T10:00:00"));
        Assert.That(result.Errors.Single().ErrorMessage, Does.Contain("with Z or an offset"));
    }

    [Test]
    public void Validate_WhenStartInThePast_Fails()
    {
        var result = Validator().Validate(Command(start: "2029-12-31T10:00:00Z", end: "2029-12-31T10:30:00Z"));
        Assert.That(result.Errors.Single().ErrorMessage, Is.EqualTo("start must be in the future."));
    }

    [Test]
    public void Validate_WhenEndNotAfterStart_Fails()
    {
        var result = Validator().Validate(Command(end: "2030-01-09T10:00:00Z"));
        Assert.That(result.Errors.Single().ErrorMessage, Is.EqualTo("end must be after start."));
    }

    [Test]
    public void Validate_WhenReasonTooLong_Fails() =>
        Assert.That(Validator().Validate(Command(reason: new string('r', 501))).Errors.Single().PropertyName, Is.EqualTo("reason"));
}
