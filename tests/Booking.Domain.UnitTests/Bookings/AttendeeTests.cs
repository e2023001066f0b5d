using Booking.Domain.Bookings;
using Booking.Domain.Common;

namespace Booking.Domain.UnitTests.Bookings;

public sealed class AttendeeTests
{
    private static IEnumerable<string> FieldsOf<T>(Parsed<T> parsed) => parsed.Errors.Select(error => error.Field);

    [Test]
    public void Parse_WhenNoTimeZone_DefaultsToUtc() =>
        Assert.That(Attendee.Parse(("Jane", "jane@example.com"), null).Value.TimeZone, Is.EqualTo("UTC"));

    [Test]
    public void Parse_KeepsIanaTimeZoneAndTrimsNameAndEmail()
    {
        var attendee = Attendee.Parse(("  Jane Smith ", " jane@example.com "), "America/New_York").Value;
        Assert.Multiple(() =>
        {
            Assert.That(attendee.Name, Is.EqualTo("Jane Smith"));
            Assert.That(attendee.Email.Value, Is.EqualTo("jane@example.com"));
            Assert.That(attendee.TimeZone, Is.EqualTo("America/New_York"));
        });
    }

    [TestCase("Mars/Olympus")]
    [TestCase("EST5EDT-nope")]
    [TestCase("")]
    public void Parse_WhenTimeZoneUnknown_ReportsTimezone(string zone) =>
        Assert.That(Attendee.Parse(("Jane", "jane@example.com"), zone).Errors, Is.EqualTo(new[]
        {
            new FieldError("timezone", "timezone must be an IANA time zone such as UTC or America/New_York."),
        }));

    [TestCase("")]
    [TestCase("   ")]
    [TestCase(null)]
    public void Parse_WhenNameMissing_ReportsAttendeeName(string? name) =>
        Assert.That(Attendee.Parse((name, "jane@example.com"), "UTC").Errors,
            Is.EqualTo(new[] { new FieldError("attendee.name", "attendee.name is required.") }));

    [Test]
    public void Parse_WhenNameTooLong_ReportsTheLimit()
    {
        Assert.That(Attendee.Parse((new string('x', Attendee.MaxNameLength), "jane@example.com"), "UTC").IsValid, Is.True);
        Assert.That(Attendee.Parse((new string('x', Attendee.MaxNameLength + 1), "jane@example.com"), "UTC").Errors,
            Is.EqualTo(new[] { new FieldError("attendee.name", "attendee.name must be at most 200 characters.") }));
    }

    [TestCase("Jane\0Smith")]
    [TestCase("Jane \u202eSmith")]
    [TestCase("Jane\r\nSmith")]
    public void Parse_WhenNameHasHiddenCharacters_ReportsAttendeeName(string name) =>
        Assert.That(Attendee.Parse((name, "jane@example.com"), "UTC").Errors,
            Is.EqualTo(new[] { new FieldError("attendee.name", TextRules.HiddenCharactersMessage("attendee.name")) }));

    [Test]
    public void Parse_ReportsEveryProblemAtOnce() =>
        Assert.That(FieldsOf(Attendee.Parse((null, "not-an-email"), "Mars/Olympus")),
            Is.EqualTo(new[] { "attendee.name", "attendee.email", "timezone" }));

    [Test]
    public void Parse_WhenTheAttendeeIsMissing_ReportsItAndStillTheZone() =>
        Assert.That(FieldsOf(Attendee.Parse(null, "Mars/Olympus")), Is.EqualTo(new[] { "attendee", "timezone" }));

    [Test]
    public void Restore_KeepsWhatCalComStoredBeyondTheInputLimits()
    {
        var longName = new string('x', Attendee.MaxNameLength + 50);
        var attendee = Attendee.Restore(longName, EmailAddress.From("jane@example.com"), null);
        Assert.Multiple(() =>
        {
            Assert.That(attendee.Name, Is.EqualTo(longName));
            Assert.That(attendee.TimeZone, Is.EqualTo("UTC"));
        });
    }

    [Test]
    public void Restore_WhenNameMissing_Throws() =>
        Assert.That(() => Attendee.Restore(" ", EmailAddress.From("jane@example.com"), "UTC"), Throws.TypeOf<DomainException>());
}
