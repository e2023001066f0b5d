using Booking.Domain.Bookings;
using Booking.Domain.Common;

namespace Booking.Domain.UnitTests.Bookings;

public sealed class EventTypeIdTests
{
    [TestCase("3139331", 3139331)]
    [TestCase("1", 1)]
    [TestCase("2147483647", int.MaxValue)]
    public void TryParse_WhenPositiveDigits_Succeeds(string text, int expected)
    {
        Assert.That(EventTypeId.TryParse(text, out var id), Is.True);
        Assert.That(id.Value, Is.EqualTo(expected));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("0")]
    [TestCase("-5")]
    [TestCase("+5")]
    [TestCase(" 5")]
    [TestCase("5.0")]
    [TestCase("1e3")]
    [TestCase("abc")]
    [TestCase("2147483648")]
    public void TryParse_WhenNotAPositiveInteger_Fails(string? text) =>
        Assert.That(EventTypeId.TryParse(text, out _), Is.False);

    [Test]
    public void From_WhenZero_Throws() =>
        Assert.That(() => EventTypeId.From(0), Throws.TypeOf<DomainException>().With.Property(nameof(DomainException.Field)).EqualTo("eventTypeId"));
}
