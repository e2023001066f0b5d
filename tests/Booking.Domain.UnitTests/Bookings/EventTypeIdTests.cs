using Booking.Domain.Bookings;
using Booking.Domain.Common;

namespace Booking.Domain.UnitTests.Bookings;

public sealed class EventTypeIdTests
{
    [TestCase("3139331", 3139331)]
    [TestCase("1", 1)]
    [TestCase("2147483647", int.MaxValue)]
    public void Parse_WhenPositiveDigits_ReadsTheId(string text, int expected) =>
        Assert.That(EventTypeId.Parse(text).Value.Value, Is.EqualTo(expected));

    [TestCase("0")]
    [TestCase("-5")]
    [TestCase("+5")]
    [TestCase(" 5")]
    [TestCase("5.0")]
    [TestCase("1e3")]
    [TestCase("abc")]
    [TestCase("2147483648")]
    public void Parse_WhenNotAPositiveInteger_SaysWhatItMustBe(string text) =>
        Assert.That(EventTypeId.Parse(text).Errors,
            Is.EqualTo(new[] { new FieldError("eventTypeId", "eventTypeId must be a positive integer, e.g. 3139331.") }));

    [TestCase(null)]
    [TestCase("")]
    public void Parse_WhenMissing_SaysItIsRequired(string? text) =>
        Assert.That(EventTypeId.Parse(text).Errors, Is.EqualTo(new[] { new FieldError("eventTypeId", "eventTypeId is required.") }));

    [Test]
    public void From_WhenZero_Throws() =>
        Assert.That(() => EventTypeId.From(0), Throws.TypeOf<DomainException>().With.Property(nameof(DomainException.Field)).EqualTo("eventTypeId"));
}
