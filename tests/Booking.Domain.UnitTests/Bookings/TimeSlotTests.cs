using Booking.Domain.Bookings;
using Booking.Domain.Common;

namespace Booking.Domain.UnitTests.Bookings;

public sealed class TimeSlotTests
{
    [TestCase("2030-01-08T13:00:00.000Z", "2030-01-08T13:00:00+00:00")]
    [TestCase("2030-01-08T13:00:00Z", "2030-01-08T13:00:00+00:00")]
    [TestCase("2030-01-08T13:00Z", "2030-01-08T13:00:00+00:00")]
    [TestCase("2030-01-08T08:00:00.000-05:00", "2030-01-08T13:00:00+00:00")]
    [TestCase("2030-01-08T14:00:00+01:00", "2030-01-08T13:00:00+00:00")]
    public void TryParseInstant_WhenOffsetGiven_ReadsTheInstant(string text, string expected)
    {
        Assert.That(TimeSlot.TryParseInstant(text, out var instant), Is.True);
        Assert.That(instant, Is.EqualTo(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("2030-01-08T13:00:00")]
    [TestCase("2030-01-08T13:00:00.000")]
    [TestCase("2030-01-08")]
    [TestCase("tomorrow")]
    [TestCase("2030-13-08T13:00:00Z")]
    [TestCase("")]
    [TestCase(null)]
    public void TryParseInstant_WhenNoOffsetOrNotIso_Fails(string? text) =>
        Assert.That(TimeSlot.TryParseInstant(text, out _), Is.False);

    [Test]
    public void Create_WhenEndBeforeStart_Throws()
    {
        var start = new DateTimeOffset(2030, 1, 8, 13, 0, 0, TimeSpan.Zero);
        Assert.That(() => TimeSlot.Create(start, start.AddMinutes(-1)),
            Throws.TypeOf<DomainException>().With.Property(nameof(DomainException.Field)).EqualTo("end"));
    }

    [Test]
    public void Create_WhenEndEqualsStart_Throws()
    {
        var start = new DateTimeOffset(2030, 1, 8, 13, 0, 0, TimeSpan.Zero);
        Assert.That(() => TimeSlot.Create(start, start), Throws.TypeOf<DomainException>());
    }

    [Test]
    public void Create_ConvertsToUtcAndKnowsItsDuration()
    {
        var slot = TimeSlot.Create(
            new DateTimeOffset(2030, 1, 8, 8, 0, 0, TimeSpan.FromHours(-5)),
            new DateTimeOffset(2030, 1, 8, 8, 30, 0, TimeSpan.FromHours(-5)));
        Assert.Multiple(() =>
        {
            Assert.That(slot.Start.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(slot.Start.Hour, Is.EqualTo(13));
            Assert.That(slot.Duration, Is.EqualTo(TimeSpan.FromMinutes(30)));
        });
    }
}
