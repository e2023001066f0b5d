using Booking.Application.Bookings.Queries.GetBooking;
using Booking.Application.Common.Failures;
using Booking.Application.Common.Interfaces;
using Booking.Domain.Bookings;
using Moq;

namespace Booking.Application.UnitTests.Bookings;

public sealed class GetBookingQueryTests
{
    private readonly Mock<ICalComGateway> calCom = new(MockBehavior.Strict);

    private static GetBookingQuery Query(string? id) => new() { ReservationId = ReservationId.Parse(id) };

    [Test]
    public async Task Handle_ReturnsTheBookingWithItsCurrentStatus()
    {
        calCom.Setup(g => g.GetBookingAsync(TestBookings.Id, It.IsAny<CancellationToken>())).ReturnsAsync(TestBookings.Existing(BookingStatus.Cancelled));

        var booking = await new GetBookingQueryHandler(calCom.Object).Handle(Query(TestBookings.Uid), CancellationToken.None);

        Assert.That(booking.Id, Is.EqualTo(TestBookings.Id));
        Assert.That(booking.Status, Is.EqualTo(BookingStatus.Cancelled));
    }

    [Test]
    public void Handle_WhenCalComHasNoSuchBooking_PropagatesNotFound()
    {
        calCom.Setup(g => g.GetBookingAsync(ReservationId.From("missing"), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new FailureException(FailureKind.BookingNotFound, "gone"));

        var thrown = Assert.ThrowsAsync<FailureException>(() =>
            new GetBookingQueryHandler(calCom.Object).Handle(Query("missing"), CancellationToken.None));
        Assert.That(thrown!.Kind, Is.EqualTo(FailureKind.BookingNotFound));
    }

    [TestCase(null, "reservationId is required.")]
    [TestCase("", "reservationId is required.")]
    [TestCase("a/b", "reservationId must be 1 to 64 letters, digits, '-' or '_', as returned when booking.")]
    public void Validate_WhenIdMissingOrMalformed_NamesReservationId(string? id, string message)
    {
        var result = new GetBookingQueryValidator().Validate(Query(id));

        Assert.That(result.Errors.Single().PropertyName, Is.EqualTo("reservationId"));
        Assert.That(result.Errors.Single().ErrorMessage, Is.EqualTo(message));
    }

    [Test]
    public void Validate_WhenIdLooksLikeCalComs_Passes() =>
        Assert.That(new GetBookingQueryValidator().Validate(Query(TestBookings.Uid)).IsValid, Is.True);
}
