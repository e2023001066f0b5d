using System.Globalization;
using Booking.Domain.Common;
using Booking.Domain.Slots;

namespace Booking.Domain.UnitTests.Slots;

public sealed class SlotSearchWindowTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    [TestCase("2030-09-10T09:00:00-04:00", "2030-09-10T13:00:00Z")]
    [TestCase("2030-09-10T13:00:00.000Z", "2030-09-10T13:00:00Z")]
    public void TryParseBound_WhenInstantWithOffset_ReadsIt(string text, string expected)
    {
        Assert.That(SlotSearchWindow.TryParseBound(text, NewYork, isEnd: false, out var instant), Is.True);
        Assert.That(instant, Is.EqualTo(Instant(expected)));
    }

    [Test]
    public void TryParseBound_WhenDateAsStart_IsMidnightInTheZone()
    {
        Assert.That(SlotSearchWindow.TryParseBound("2030-09-10", NewYork, isEnd: false, out var instant), Is.True);
        Assert.That(instant, Is.EqualTo(Instant("2030-09-10T04:00:00Z")));
    }

    [Test]
    public void TryParseBound_WhenDateAsEnd_IsTheEndOfThatDayInTheZone()
    {
        Assert.That(SlotSearchWindow.TryParseBound("2030-09-10", NewYork, isEnd: true, out var instant), Is.True);
        Assert.That(instant, Is.EqualTo(Instant("2030-09-11T04:00:00Z")));
    }

    [Test]
    public void TryParseBound_WhenTheZoneSkipsMidnight_StartsTheDayAtItsFirstMoment()
    {
        // On 2030-09-08 Santiago's clocks jump from 00:00 (-04:00) to 01:00 (-03:00).
        var santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");

        Assert.That(SlotSearchWindow.TryParseBound("2030-09-08", santiago, isEnd: false, out var instant), Is.True);
        Assert.That(instant, Is.EqualTo(Instant("2030-09-08T04:00:00Z")));
    }

    [TestCase("2030-09-10T09:00:00")]
    [TestCase("10/09/2030")]
    [TestCase("2030-9-10")]
    [TestCase("2030-02-30")]
    [TestCase("0001-01-01")]
    [TestCase("9999-12-31")]
    [TestCase("")]
    [TestCase(null)]
    public void TryParseBound_WhenNeitherInstantWithOffsetNorDate_Fails(string? text) =>
        Assert.That(SlotSearchWindow.TryParseBound(text, NewYork, isEnd: true, out _), Is.False);

    [Test]
    public void Create_WhenEndNotAfterStart_Throws()
    {
        var start = Instant("2030-09-10T13:00:00Z");
        Assert.That(() => SlotSearchWindow.Create(start, start),
            Throws.TypeOf<DomainException>().With.Property(nameof(DomainException.Field)).EqualTo("end"));
    }

    [Test]
    public void Create_AllowsExactlyTheMaximumSpan()
    {
        var start = Instant("2030-09-01T00:00:00Z");
        Assert.That(SlotSearchWindow.Create(start, start.AddDays(SlotSearchWindow.MaxDays)).To, Is.EqualTo(start.AddDays(31)));
        Assert.That(() => SlotSearchWindow.Create(start, start.AddDays(SlotSearchWindow.MaxDays).AddSeconds(1)),
            Throws.TypeOf<DomainException>().With.Message.Contains("31 days"));
    }

    [Test]
    public void Contains_IncludesTheStartAndExcludesTheEnd()
    {
        var window = SlotSearchWindow.Create(Instant("2030-09-10T00:00:00Z"), Instant("2030-09-11T00:00:00Z"));

        Assert.Multiple(() =>
        {
            Assert.That(window.Contains(Instant("2030-09-10T00:00:00Z")), Is.True);
            Assert.That(window.Contains(Instant("2030-09-10T23:30:00Z")), Is.True);
            Assert.That(window.Contains(Instant("2030-09-11T00:00:00Z")), Is.False);
            Assert.That(window.Contains(Instant("2030-09-09T23:59:59Z")), Is.False);
        });
    }

    [Test]
    public void Create_KeepsBoundsInUtc()
    {
        var window = SlotSearchWindow.Create(Instant("2030-09-10T09:00:00-04:00"), Instant("2030-09-10T17:00:00-04:00"));
        Assert.That(window.From.Offset, Is.EqualTo(TimeSpan.Zero));
        Assert.That(window.From, Is.EqualTo(Instant("2030-09-10T13:00:00Z")));
    }
}
