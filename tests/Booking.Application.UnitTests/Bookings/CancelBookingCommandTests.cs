using Booking.Application.Bookings.Commands.CancelBooking;
using Booking.Application.Common.CalCom;
using Booking.Application.Common.Exceptions;
using Booking.Application.Common.Interfaces;
using Booking.Domain.Bookings;
using Moq;

namespace Booking.Application.UnitTests.Bookings;

public sealed class CancelBookingCommandTests
{
    private readonly Mock<ICalComGateway> calCom = new(MockBehavior.Strict);

    private CancelBookingCommandHandler Handler() => new(calCom.Object);

    [SetUp]
    public void BookingIsActive() =>
        calCom.Setup(g => g.GetBookingAsync(CalComBookings.Uid, It.IsAny<CancellationToken>())).ReturnsAsync(CalComBookings.Accepted());

    private static CancelBookingCommand Command(string? reason = null) => new() { ReservationId = CalComBookings.Uid, Reason = reason };

    [Test]
    public async Task Handle_WhenCalComCancels_ReturnsTheCancelledBooking()
    {
        calCom.Setup(g => g.CancelBookingAsync(CalComBookings.Uid, "Changed plans", It.IsAny<CancellationToken>()))
            .ReturnsAsync(CalComBookings.Accepted() with { Status = "cancelled" });

        var result = await Handler().Handle(Command("  Changed plans "), CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(BookingStatus.Cancelled));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public async Task Handle_WithoutReason_SendsTheDefaultReasonCalComRequiresFromTheHost(string? reason)
    {
        calCom.Setup(g => g.CancelBookingAsync(CalComBookings.Uid, CancelBookingCommandHandler.DefaultReason, It.IsAny<CancellationToken>()))
            .ReturnsAsync(CalComBookings.Accepted() with { Status = "cancelled" });

        await Handler().Handle(Command(reason), CancellationToken.None);

        calCom.Verify(g => g.CancelBookingAsync(CalComBookings.Uid, CancelBookingCommandHandler.DefaultReason, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task Handle_WhenCancelledAlready_ReturnsTheBookingWithoutCancellingAgain()
    {
        calCom.Setup(g => g.GetBookingAsync(CalComBookings.Uid, It.IsAny<CancellationToken>()))
            .ReturnsAsync(CalComBookings.Accepted() with { Status = "cancelled" });

        var result = await Handler().Handle(Command(), CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(BookingStatus.Cancelled));
        calCom.Verify(g => g.CancelBookingAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public async Task Handle_WhenCancelledBetweenReadAndCancel_ReadsAgainAndReturnsIt()
    {
        calCom.SetupSequence(g => g.GetBookingAsync(CalComBookings.Uid, It.IsAny<CancellationToken>()))
            .ReturnsAsync(CalComBookings.Accepted())
            .ReturnsAsync(CalComBookings.Accepted() with { Status = "cancelled" });
        calCom.Setup(g => g.CancelBookingAsync(CalComBookings.Uid, It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync((CalComBooking?)null);

        var result = await Handler().Handle(Command(), CancellationToken.None);

        Assert.That(result.Status, Is.EqualTo(BookingStatus.Cancelled));
        calCom.Verify(g => g.GetBookingAsync(CalComBookings.Uid, It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Test]
    public void Handle_WhenTheIdIsARecurringSeries_CancelsNothing()
    {
        calCom.Setup(g => g.GetBookingAsync(CalComBookings.Uid, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new RecurringBookingSeriesException("a series"));

        Assert.ThrowsAsync<RecurringBookingSeriesException>(() => Handler().Handle(Command(), CancellationToken.None));
        calCom.Verify(g => g.CancelBookingAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Test]
    public void Handle_WhenBookingHasEnded_PropagatesNotCancellable()
    {
        calCom.Setup(g => g.CancelBookingAsync(CalComBookings.Uid, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new BookingNotCancellableException("Cannot cancel a booking that has already ended"));

        Assert.ThrowsAsync<BookingNotCancellableException>(() => Handler().Handle(Command(), CancellationToken.None));
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
        Assert.That(new CancelBookingCommandValidator().Validate(new CancelBookingCommand { ReservationId = "a b" }).Errors.Single().PropertyName,
            Is.EqualTo("reservationId"));
}
