using Booking.Application.Bookings.Commands.CancelBooking;
using Booking.Application.Common.Failures;
using Booking.Application.Common.Interfaces;
using Booking.Domain.Bookings;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Booking.Application.UnitTests.Bookings;

public sealed class CancelBookingCommandTests
{
    private readonly Mock<ICalComGateway> calCom = new(MockBehavior.Strict);
    private readonly FakeTimeProvider time = new(TestBookings.Now);

    private CancelBookingCommandHandler Handler() => new(calCom.Object, time);

    [SetUp]
    public void BookingIsActive() =>
        calCom.Setup(g => g.GetBookingAsync(TestBookings.Id, It.IsAny<CancellationToken>())).ReturnsAsync(() => TestBookings.Existing());

    private static CancelBookingCommand Command(string? reason = null, string? id = TestBookings.Uid) =>
        new() { ReservationId = ReservationId.Parse(id), Reason = ChangeReason.Parse(reason) };

    private void CalComCancels(string reason) =>
        calCom.Setup(g => g.CancelBookingAsync(TestBookings.Id, reason, It.IsAny<CancellationToken>()))
            .ReturnsAsync(TestBookings.Existing(BookingStatus.Cancelled));

    [Test]
    public async Task Handle_WhenCalComCancels_ReturnsTheCancelledBooking()
    {
        CalComCancels("Changed plans");

        var booking = await Handler().Handle(Command("  Changed plans "), CancellationToken.None);

        Assert.That(booking.Status, Is.EqualTo(BookingStatus.Cancelled));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public async Task Handle_WithoutReason_SendsTheDefaultReasonCalComRequiresFromTheHost(string? reason)
    {
        CalComCancels(CancelBookingCommandHandler.DefaultReason);

        await Handler().Handle(Command(reason), CancellationToken.None);

        calCom.Verify(g => g.CancelBookingAsync(TestBookings.Id, CancelBookingCommandHandler.DefaultReason, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task Handle_WhenCancelledAlready_ReturnsTheBookingWithoutCancellingAgain()
    {
        calCom.Setup(g => g.GetBookingAsync(TestBookings.Id, It.IsAny<CancellationToken>())).ReturnsAsync(TestBookings.Existing(BookingStatus.Cancelled));

        var booking = await Handler().Handle(Command(), CancellationToken.None);

        Assert.That(booking.Status, Is.EqualTo(BookingStatus.Cancelled));
        calCom.Verify(g => g.CancelBookingAsync(It.IsAny<ReservationId>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Handle_WhenCancelledBetweenReadAndCancel_ReadsAgainAndReturnsIt()
    {
        calCom.SetupSequence(g => g.GetBookingAsync(TestBookings.Id, It.IsAny<CancellationToken>()))
            .ReturnsAsync(TestBookings.Existing())
            .ReturnsAsync(TestBookings.Existing(BookingStatus.Cancelled));
        calCom.Setup(g => g.CancelBookingAsync(TestBookings.Id, It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((BookingAggregate?)null);

        var booking = await Handler().Handle(Command(), CancellationToken.None);

        Assert.That(booking.Status, Is.EqualTo(BookingStatus.Cancelled));
        calCom.Verify(g => g.GetBookingAsync(TestBookings.Id, It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Test]
    public void Handle_WhenTheIdIsARecurringSeries_CancelsNothing()
    {
        calCom.Setup(g => g.GetBookingAsync(TestBookings.Id, It.IsAny<CancellationToken>()))
            .ThrowsAsync(FailureException.Invalid("reservationId", "a series"));

        Assert.ThrowsAsync<FailureException>(() => Handler().Handle(Command(), CancellationToken.None));
        calCom.Verify(g => g.CancelBookingAsync(It.IsAny<ReservationId>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void Handle_WhenBookingHasEnded_RefusesWithoutAskingCalCom()
    {
        time.SetUtcNow(TestBookings.Start.AddHours(1));

        var thrown = Assert.ThrowsAsync<BookingChangeRefusedException>(() => Handler().Handle(Command(), CancellationToken.None));

        Assert.That(FailureException.Of(thrown!)!.Kind, Is.EqualTo(FailureKind.BookingNotCancellable));
        calCom.Verify(g => g.CancelBookingAsync(It.IsAny<ReservationId>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void Handle_WhenCalComSaysItCannotBeCancelled_PropagatesNotCancellable()
    {
        calCom.Setup(g => g.CancelBookingAsync(TestBookings.Id, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new FailureException(FailureKind.BookingNotCancellable, "This event type does not allow cancellations"));

        var thrown = Assert.ThrowsAsync<FailureException>(() => Handler().Handle(Command(), CancellationToken.None));
        Assert.That(thrown!.Kind, Is.EqualTo(FailureKind.BookingNotCancellable));
    }

    [Test]
    public void Validate_WhenReasonTooLong_NamesReason()
    {
        var result = new CancelBookingCommandValidator().Validate(Command(new string('r', 501)));

        Assert.That(result.Errors.Single().PropertyName, Is.EqualTo("reason"));
        Assert.That(result.Errors.Single().ErrorMessage, Is.EqualTo("reason must be at most 500 characters."));
    }

    [TestCase(null)]
    [TestCase("")]
    public void Validate_WhenReasonAbsentOrEmpty_Passes(string? reason) =>
        Assert.That(new CancelBookingCommandValidator().Validate(Command(reason)).IsValid, Is.True);

    [Test]
    public void Validate_WhenReasonExactlyAtTheLimit_Passes() =>
        Assert.That(new CancelBookingCommandValidator().Validate(Command(new string('r', 500))).IsValid, Is.True);

    [Test]
    public void Validate_WhenIdMalformed_NamesReservationId() =>
        Assert.That(new CancelBookingCommandValidator().Validate(Command(id: "a b")).Errors.Single().PropertyName, Is.EqualTo("reservationId"));
}
