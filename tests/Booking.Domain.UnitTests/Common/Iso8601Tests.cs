using Booking.Domain.Common;

namespace Booking.Domain.UnitTests.Common;

public sealed class Iso8601Tests
{
    [Test]
    public void FormatUtc_WritesUtcWithMilliseconds() =>
        Assert.That(Iso8601.FormatUtc(new DateTimeOffset(2030, 1, 8, 8, 0, 0, 5, TimeSpan.FromHours(-5))), Is.EqualTo("2030-01-08T13:00:00.005Z"));

    [Test]
    public void FormatLocal_KeepsTheOffset() =>
        Assert.That(Iso8601.FormatLocal(new DateTimeOffset(2030, 9, 10, 9, 0, 0, TimeSpan.FromHours(-4))), Is.EqualTo("2030-09-10T09:00:00.000-04:00"));

    [Test]
    public void ParseInstant_NamesTheFieldInItsMessages()
    {
        Assert.That(Iso8601.ParseInstant("", "start").Errors, Is.EqualTo(new[] { new FieldError("start", "start is required.") }));
        Assert.That(Iso8601.ParseInstant("2030-01-08", "start").Errors, Is.EqualTo(new[]
        {
            new FieldError("start", "start must be an ISO-8601 date and time with Z or an offset, e.g. 2030-01-08T13:00:00.000Z."),
        }));
    }
}
