using Booking.Domain.Bookings;
using Booking.Domain.Common;

namespace Booking.Domain.UnitTests.Bookings;

public sealed class ReservationIdTests
{
    private const string Malformed = "reservationId must be 1 to 64 letters, digits, '-' or '_', as returned when booking.";

    [TestCase("fNjNdZPcD55W4xaxbKRtTZ")]
    [TestCase("3f2c1e7a-8b9d-4c5e-a1b2-0c9d8e7f6a5b")]
    [TestCase("a_b")]
    [TestCase("x")]
    public void Parse_WhenLettersDigitsDashesAndUnderscores_KeepsTheValue(string value) =>
        Assert.That(ReservationId.Parse(value).Value.Value, Is.EqualTo(value));

    [TestCase("has space")]
    [TestCase("../../event-types/1")]
    [TestCase("id?x=1")]
    [TestCase("ünïcode")]
    public void Parse_WhenOtherCharacters_SaysWhatItMustBe(string value) =>
        Assert.That(ReservationId.Parse(value).Errors, Is.EqualTo(new[] { new FieldError("reservationId", Malformed) }));

    [TestCase(null)]
    [TestCase("")]
    public void Parse_WhenMissing_SaysItIsRequired(string? value) =>
        Assert.That(ReservationId.Parse(value).Errors, Is.EqualTo(new[] { new FieldError("reservationId", "reservationId is required.") }));

    [Test]
    public void Parse_WhenLongerThanTheLimit_IsInvalid()
    {
        Assert.That(ReservationId.Parse(new string('a', ReservationId.MaxLength)).IsValid, Is.True);
        Assert.That(ReservationId.Parse(new string('a', ReservationId.MaxLength + 1)).IsValid, Is.False);
    }

    [Test]
    public void From_WhenInvalid_ThrowsNamingTheField() =>
        Assert.That(() => ReservationId.From("no/slashes"),
            Throws.TypeOf<DomainException>().With.Property(nameof(DomainException.Field)).EqualTo("reservationId"));

    [Test]
    public void From_WhenValid_KeepsTheValue() =>
        Assert.That(ReservationId.From("fNjNdZPcD55W4xaxbKRtTZ").Value, Is.EqualTo("fNjNdZPcD55W4xaxbKRtTZ"));
}
