using Booking.Domain.Bookings;
using Booking.Domain.Common;

namespace Booking.Domain.UnitTests.Bookings;

public sealed class ReservationIdTests
{
    [TestCase("fNjNdZPcD55W4xaxbKRtTZ")]
    [TestCase("3f2c1e7a-8b9d-4c5e-a1b2-0c9d8e7f6a5b")]
    [TestCase("a_b")]
    [TestCase("x")]
    public void IsValid_WhenLettersDigitsDashesAndUnderscores_IsTrue(string value) =>
        Assert.That(ReservationId.IsValid(value), Is.True);

    [TestCase(null)]
    [TestCase("")]
    [TestCase("has space")]
    [TestCase("../../event-types/1")]
    [TestCase("id?x=1")]
    [TestCase("ünïcode")]
    public void IsValid_WhenEmptyOrOtherCharacters_IsFalse(string? value) =>
        Assert.That(ReservationId.IsValid(value), Is.False);

    [Test]
    public void IsValid_WhenLongerThanTheLimit_IsFalse()
    {
        Assert.That(ReservationId.IsValid(new string('a', ReservationId.MaxLength)), Is.True);
        Assert.That(ReservationId.IsValid(new string('a', ReservationId.MaxLength + 1)), Is.False);
    }

    [Test]
    public void From_WhenInvalid_ThrowsNamingTheField() =>
        Assert.That(() => ReservationId.From("no/slashes"),
            Throws.TypeOf<DomainException>().With.Property(nameof(DomainException.Field)).EqualTo("reservationId"));

    [Test]
    public void From_WhenValid_KeepsTheValue() =>
        Assert.That(ReservationId.From("fNjNdZPcD55W4xaxbKRtTZ").Value, Is.EqualTo("fNjNdZPcD55W4xaxbKRtTZ"));
}
