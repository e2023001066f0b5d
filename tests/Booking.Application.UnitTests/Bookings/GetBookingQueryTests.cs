using Booking.Application.Bookings.Queries.GetBooking;
using Booking.Application.Common.Exceptions;
using Booking.Application.Common.Interfaces;
using Booking.Domain.Bookings;
using Moq;

namespace Booking.Application.UnitTests.Bookings;

public sealed class GetBookingQueryTests
{
    private readonly Mock<ICalComGateway> calCom = new(MockBehavior.Strict);

    [Test]
    public async Task Handle_ReturnsTheBookingWithItsCurrentStatus()
    {
        calCom.Setup(g => g.GetBookingAsync(CalComBookings.Uid, It.IsAny<CancellationToken>()))
            .ReturnsAsync(CalComBookings.Accepted() with { Status = "cancelled" });

        var result = await new GetBookingQueryHandler(calCom.Object).Handle(new GetBookingQuery { ReservationId = CalComBookings.Uid }, CancellationToken.None);

        Assert.That(result.ReservationId, Is.EqualTo(CalComBookings.Uid));
        Assert.That(result.Status, Is.EqualTo(BookingStatus.Cancelled));
    }

    [Test]
    public void Handle_WhenCalComHasNoSuchBooking_PropagatesNotFound()
    {
        calCom.Setup(g => g.GetBookingAsync("missing", It.IsAny<CancellationToken>())).ThrowsAsync(new BookingNotFoundException("gone"));

        Assert.ThrowsAsync<BookingNotFoundException>(() =>
            new GetBookingQueryHandler(calCom.Object).Handle(new GetBookingQuery { ReservationId = "missing" }, CancellationToken.None));
    }

    [TestCase(null, "reservationId is required.")]
    [TestCase("", "reservationId is required.")]
    [TestCase("a/b", "reservationId must be 1 to 64 letters, digits, '-' or '_', as returned when booking.")]
    public void Validate_WhenIdMissingOrMalformed_NamesReservationId(string? id, string message)
    {
        var result = new GetBookingQueryValidator().Validate(new GetBookingQuery { ReservationId = id });

        Assert.That(result.Errors.Single().PropertyName, Is.EqualTo("reservationId"));
        Assert.That(result.Errors.Single().ErrorMessage, Is.EqualTo(message));
    }

    [Test]
    public void Validate_WhenIdLooksLikeCalComs_Passes() =>
        Assert.That(new GetBookingQueryValidator().Validate(new GetBookingQuery { ReservationId = CalComBookings.Uid }).IsValid, Is.True);
}
