using Booking.Domain.Bookings;

namespace Booking.Domain.UnitTests.Bookings;

public sealed class IanaTimeZoneTests
{
    [Test]
    public void Parse_WhenAbsent_IsUtc() => Assert.That(IanaTimeZone.Parse(null).Value, Is.EqualTo(TimeZoneInfo.Utc));

    [TestCase("Europe/Berlin")]
    [TestCase("America/New_York")]
    [TestCase("UTC")]
    public void Parse_WhenIana_FindsTheZone(string id) => Assert.That(IanaTimeZone.Parse(id).Value.Id, Is.EqualTo(id));

    [TestCase("Mars/Olympus")]
    [TestCase(" Europe/Berlin")]
    [TestCase("")]
    public void Parse_WhenNotAnIanaZone_ReportsTimezone(string text) =>
        Assert.That(IanaTimeZone.Parse(text).Errors.Single().Field, Is.EqualTo("timezone"));
}
