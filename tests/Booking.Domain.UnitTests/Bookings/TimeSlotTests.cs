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
        Assert.That(Iso8601.TryParseInstant(text, out var instant), Is.True);
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
        Assert.That(Iso8601.TryParseInstant(text, out _), Is.False);

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

    [Test]
    public void Parse_ReadsStartAndEndInUtc()
    {
        var slot = TimeSlot.Parse("2030-01-08T08:00:00.000-05:00", "2030-01-08T13:30:00Z").Value;
        Assert.Multiple(() =>
        {
            Assert.That(slot.Start, Is.EqualTo(new DateTimeOffset(2030, 1, 8, 13, 0, 0, TimeSpan.Zero)));
            Assert.That(slot.Start.Offset, Is.EqualTo(TimeSpan.Zero));
            Assert.That(slot.Duration, Is.EqualTo(TimeSpan.FromMinutes(30)));
        });
    }

    [Test]
    public void Parse_ReportsEachBadBoundAtOnce() =>
        Assert.That(TimeSlot.Parse(null, "2030-01-08T13:00:00").Errors, Is.EqualTo(new[]
        {
            new FieldError("start", "start is required."),
            new FieldError("end", "end must be an ISO-8601 date and time with Z or an offset, e.g. 2030-01-08T13:00:00.000Z."),
        }));

    [TestCase("2030-01-08T13:00:00Z", "2030-01-08T13:00:00Z")]
    [TestCase("2030-01-08T13:00:00Z", "2030-01-08T12:59:00Z")]
    public void Parse_WhenEndNotAfterStart_ReportsEnd(string start, string end) =>
        Assert.That(TimeSlot.Parse(start, end).Errors, Is.EqualTo(new[] { new FieldError("end", "end must be after start.") }));

    [Test]
    public void HasEndedAt_IsTrueFromItsEndOn()
    {
        var slot = TimeSlot.Create(new DateTimeOffset(2030, 1, 8, 13, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 1, 8, 13, 30, 0, TimeSpan.Zero));
        Assert.Multiple(() =>
        {
            Assert.That(slot.HasEndedAt(slot.End.AddTicks(-1)), Is.False);
            Assert.That(slot.HasEndedAt(slot.End), Is.True);
        });
    }
}
