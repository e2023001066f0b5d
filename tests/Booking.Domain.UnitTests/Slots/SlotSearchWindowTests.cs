using System.Globalization;
using Booking.Domain.Common;
using Booking.Domain.Slots;

namespace Booking.Domain.UnitTests.Slots;

public sealed class SlotSearchWindowTests
{
    private const string AnyEnd = "2030-09-20";
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private static SlotSearchWindow Window(string start, string end, TimeZoneInfo? zone = null) =>
        SlotSearchWindow.Parse(start, end, zone ?? TimeZoneInfo.Utc).Value;

    [TestCase("2030-09-10T09:00:00-04:00", "2030-09-10T13:00:00Z")]
    [TestCase("2030-09-10T13:00:00.000Z", "2030-09-10T13:00:00Z")]
    public void Parse_WhenInstantWithOffset_ReadsIt(string text, string expected) =>
        Assert.That(Window(text, AnyEnd, NewYork).From, Is.EqualTo(Instant(expected)));

    [Test]
    public void Parse_WhenDateAsStart_IsMidnightInTheZone() =>
        Assert.That(Window("2030-09-10", AnyEnd, NewYork).From, Is.EqualTo(Instant("2030-09-10T04:00:00Z")));

    [Test]
    public void Parse_WhenDateAsEnd_IsTheEndOfThatDayInTheZone() =>
        Assert.That(Window("2030-09-10", "2030-09-10", NewYork).To, Is.EqualTo(Instant("2030-09-11T04:00:00Z")));

    [Test]
    public void Parse_WhenTheZoneSkipsMidnight_StartsTheDayAtItsFirstMoment()
    {
        // On 2030-09-08 Santiago's clocks jump from 00:00 (-04:00) to 01:00 (-03:00).
        var santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");

        Assert.That(Window("2030-09-08", "2030-09-08", santiago).From, Is.EqualTo(Instant("2030-09-08T04:00:00Z")));
    }

    [TestCase("2030-09-10T09:00:00")]
    [TestCase("10/09/2030")]
    [TestCase("2030-9-10")]
    [TestCase("2030-02-30")]
    [TestCase("0001-01-01")]
    [TestCase("9999-12-31")]
    public void Parse_WhenNeitherInstantWithOffsetNorDate_SaysWhatItMustBe(string text) =>
        Assert.That(SlotSearchWindow.Parse("2030-09-01", text, NewYork).Errors.Single().Message,
            Does.StartWith("end must be a date (yyyy-MM-dd) or an ISO-8601 date and time"));

    [Test]
    public void Parse_WhenBothBoundsAreMissing_ReportsBoth() =>
        Assert.That(SlotSearchWindow.Parse(null, "", NewYork).Errors, Is.EqualTo(new[]
        {
            new FieldError("start", "start is required."),
            new FieldError("end", "end is required."),
        }));

    [TestCase("2030-09-10T13:00:00Z", "2030-09-10T13:00:00Z")]
    [TestCase("2030-09-10", "2030-09-09")]
    public void Parse_WhenEndNotAfterStart_ReportsEnd(string start, string end) =>
        Assert.That(SlotSearchWindow.Parse(start, end, TimeZoneInfo.Utc).Errors,
            Is.EqualTo(new[] { new FieldError("end", "end must be after start.") }));

    [Test]
    public void Parse_AllowsExactlyTheMaximumSpan()
    {
        Assert.That(Window("2030-09-01T00:00:00Z", "2030-10-02T00:00:00Z").To, Is.EqualTo(Instant("2030-10-02T00:00:00Z")));
        Assert.That(SlotSearchWindow.Parse("2030-09-01T00:00:00Z", "2030-10-02T00:00:01Z", TimeZoneInfo.Utc).Errors,
            Is.EqualTo(new[] { new FieldError("end", "start to end may span at most 31 days.") }));
    }

    [Test]
    public void Contains_IncludesTheStartAndExcludesTheEnd()
    {
        var window = Window("2030-09-10T00:00:00Z", "2030-09-11T00:00:00Z");

        Assert.Multiple(() =>
        {
            Assert.That(window.Contains(Instant("2030-09-10T00:00:00Z")), Is.True);
            Assert.That(window.Contains(Instant("2030-09-10T23:30:00Z")), Is.True);
            Assert.That(window.Contains(Instant("2030-09-11T00:00:00Z")), Is.False);
            Assert.That(window.Contains(Instant("2030-09-09T23:59:59Z")), Is.False);
        });
    }

    [Test]
    public void Parse_KeepsBoundsInUtc()
    {
        var window = Window("2030-09-10T09:00:00-04:00", "2030-09-10T17:00:00-04:00");
        Assert.That(window.From.Offset, Is.EqualTo(TimeSpan.Zero));
        Assert.That(window.From, Is.EqualTo(Instant("2030-09-10T13:00:00Z")));
    }
}
