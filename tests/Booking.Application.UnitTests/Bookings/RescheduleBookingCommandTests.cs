using Booking.Application.Bookings.Commands.RescheduleBooking;
using Booking.Application.Common.CalCom;
using Booking.Application.Common.Exceptions;
using Booking.Application.Common.Interfaces;
using Booking.Domain.Bookings;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Booking.Application.UnitTests.Bookings;

public sealed class RescheduleBookingCommandTests
{
    private const string NewUid = "Zq81NewBookingUid000001";
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset NewStart = new(2030, 1, 9, 10, 0, 0, TimeSpan.Zero);

    private readonly Mock<ICalComGateway> calCom = new(MockBehavior.Strict);
    private CalComRescheduleRequest? sent;

    private RescheduleBookingCommandHandler Handler() => new(calCom.Object);

    private static RescheduleBookingCommand Command(string end = "2030-01-09T10:30:00Z", string? reason = null) => new()
    {
        ReservationId = CalComBookings.Uid,
        Start = "2030-01-09T10:00:00Z",
        End = end,
        Reason = reason,
    };

    private void CurrentBookingIs(CalComBooking booking) =>
        calCom.Setup(g => g.GetBookingAsync(CalComBookings.Uid, It.IsAny<CancellationToken>())).ReturnsAsync(booking);

    private void EventTypeLastsThirtyMinutes() =>
        calCom.Setup(g => g.FindEventTypeAsync(3139331, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new CalComEventType { Id = 3139331, LengthInMinutes = 30, LengthInMinutesOptions = [15, 30, 60] });

    private void CalComMovesIt(string? rescheduledFromUid = CalComBookings.Uid) =>
        calCom.Setup(g => g.RescheduleBookingAsync(It.IsAny<CalComRescheduleRequest>(), It.IsAny<CancellationToken>()))
            .Callback<CalComRescheduleRequest, CancellationToken>((request, _) => sent = request)
            .ReturnsAsync(CalComBookings.Accepted(NewUid) with { Start = NewStart, End = NewStart.AddMinutes(30), RescheduledFromUid = rescheduledFromUid });

    [Test]
    public async Task Handle_WhenBookingActive_ReturnsTheNewBookingNamingTheOldOne()
    {
        CurrentBookingIs(CalComBookings.Accepted());
        EventTypeLastsThirtyMinutes();
        CalComMovesIt();

        var result = await Handler().Handle(Command(reason: " Clash "), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.ReservationId, Is.EqualTo(NewUid));
            Assert.That(result.RescheduledFrom, Is.EqualTo(CalComBookings.Uid));
            Assert.That(result.Status, Is.EqualTo(BookingStatus.Confirmed));
            Assert.That(result.Start, Is.EqualTo(NewStart));
            Assert.That(sent, Is.EqualTo(new CalComRescheduleRequest { Uid = CalComBookings.Uid, Start = NewStart, Reason = "Clash" }));
        });
    }

    [Test]
    public async Task Handle_WhenCalComOmitsTheOldUid_StillNamesTheReplacedBooking()
    {
        CurrentBookingIs(CalComBookings.Accepted());
        EventTypeLastsThirtyMinutes();
        CalComMovesIt(rescheduledFromUid: null);

        var result = await Handler().Handle(Command(), CancellationToken.None);

        Assert.That(result.RescheduledFrom, Is.EqualTo(CalComBookings.Uid));
    }

    [Test]
    public async Task Handle_WhenPending_MovesIt()
    {
        CurrentBookingIs(CalComBookings.Accepted() with { Status = "pending" });
        EventTypeLastsThirtyMinutes();
        CalComMovesIt();

        var result = await Handler().Handle(Command(), CancellationToken.None);

        Assert.That(result.ReservationId, Is.EqualTo(NewUid));
    }

    [TestCase("cancelled")]
    [TestCase("rejected")]
    public void Handle_WhenBookingNoLongerActive_RefusesWithoutAskingCalComToMoveIt(string status)
    {
        CurrentBookingIs(CalComBookings.Accepted() with { Status = status });

        var thrown = Assert.ThrowsAsync<BookingNotReschedulableException>(() => Handler().Handle(Command(), CancellationToken.None));

        Assert.That(thrown!.Message, Is.EqualTo($"Booking {CalComBookings.Uid} is {status}."));
        calCom.Verify(g => g.RescheduleBookingAsync(It.IsAny<CalComRescheduleRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void Handle_WhenRescheduledAlready_NamesTheReplacement()
    {
        CurrentBookingIs(CalComBookings.Accepted() with { Status = "cancelled", RescheduledToUid = NewUid });

        var thrown = Assert.ThrowsAsync<BookingNotReschedulableException>(() => Handler().Handle(Command(), CancellationToken.None));

        Assert.That(thrown!.Message, Does.Contain(NewUid));
    }

    [Test]
    public void Handle_WhenBookingUnknown_PropagatesNotFound()
    {
        calCom.Setup(g => g.GetBookingAsync(CalComBookings.Uid, It.IsAny<CancellationToken>())).ThrowsAsync(new BookingNotFoundException("gone"));

        Assert.ThrowsAsync<BookingNotFoundException>(() => Handler().Handle(Command(), CancellationToken.None));
    }

    [Test]
    public void Handle_WhenLengthIsNotTheEventTypesDefault_FailsValidationWithoutMovingIt()
    {
        CurrentBookingIs(CalComBookings.Accepted());
        EventTypeLastsThirtyMinutes();

        var thrown = Assert.ThrowsAsync<ValidationException>(() => Handler().Handle(Command(end: "2030-01-09T11:00:00Z"), CancellationToken.None));

        Assert.That(thrown!.Errors.Single(), Is.EqualTo(new FieldError("end",
            "end - start must be 30 minutes, the default length of event type 3139331, because Cal.com reschedules to that length; it is 60 minutes.")));
        calCom.Verify(g => g.RescheduleBookingAsync(It.IsAny<CalComRescheduleRequest>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Handle_WhenEventTypeCannotBeRead_LetsCalComDecideTheLength()
    {
        CurrentBookingIs(CalComBookings.Accepted());
        calCom.Setup(g => g.FindEventTypeAsync(3139331, It.IsAny<CancellationToken>())).ReturnsAsync((CalComEventType?)null);
        CalComMovesIt();

        var result = await Handler().Handle(Command(end: "2030-01-09T11:00:00Z"), CancellationToken.None);

        Assert.That(result.End, Is.EqualTo(NewStart.AddMinutes(30)), "the times Cal.com actually booked");
    }

    [Test]
    public void Handle_WhenNewSlotTaken_PropagatesSlotUnavailable()
    {
        CurrentBookingIs(CalComBookings.Accepted());
        EventTypeLastsThirtyMinutes();
        calCom.Setup(g => g.RescheduleBookingAsync(It.IsAny<CalComRescheduleRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new SlotUnavailableException("taken"));

        Assert.ThrowsAsync<SlotUnavailableException>(() => Handler().Handle(Command(), CancellationToken.None));
    }

    private static RescheduleBookingCommandValidator Validator() => new(new FakeTimeProvider(Now));

    [Test]
    public void Validate_WhenValid_HasNoErrors() => Assert.That(Validator().Validate(Command()).IsValid, Is.True);

    [Test]
    public void Validate_WhenEverythingMissing_ListsEveryRequiredField()
    {
        var result = Validator().Validate(new RescheduleBookingCommand());
        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EquivalentTo(new[] { "reservationId", "start", "end" }));
    }

    [Test]
    public void Validate_WhenStartHasNoOffset_RejectsInsteadOfGuessing()
    {
        var result = Validator().Validate(Command() with { Start = "2030-01-09T10:00:00" });
        Assert.That(result.Errors.Single().ErrorMessage, Does.Contain("with Z or an offset"));
    }

    [Test]
    public void Validate_WhenStartInThePast_Fails()
    {
        var result = Validator().Validate(Command() with { Start = "2029-12-31T10:00:00Z", End = "2029-12-31T10:30:00Z" });
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
