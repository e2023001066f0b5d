using Booking.Domain.Bookings;
using Booking.Domain.Common;

namespace Booking.Domain.UnitTests.Bookings;

public sealed class AttendeeTests
{
    private static readonly EmailAddress Email = EmailAddress.From("jane@example.com");

    [Test]
    public void Create_WhenNoTimeZone_DefaultsToUtc() =>
        Assert.That(Attendee.Create("Jane", Email, null).TimeZone, Is.EqualTo("UTC"));

    [Test]
    public void Create_KeepsIanaTimeZoneAndTrimsName()
    {
        var attendee = Attendee.Create("  Jane Smith ", Email, "America/New_York");
        Assert.Multiple(() =>
        {
            Assert.That(attendee.Name, Is.EqualTo("Jane Smith"));
            Assert.That(attendee.TimeZone, Is.EqualTo("America/New_York"));
        });
    }

    [TestCase("Mars/Olympus")]
    [TestCase("EST5EDT-nope")]
    public void Create_WhenTimeZoneUnknown_Throws(string zone) =>
        Assert.That(() => Attendee.Create("Jane", Email, zone),
            Throws.TypeOf<DomainException>().With.Property(nameof(DomainException.Field)).EqualTo("timezone"));

    [TestCase("")]
    [TestCase("   ")]
    [TestCase(null)]
    public void Create_WhenNameMissing_Throws(string? name) =>
        Assert.That(() => Attendee.Create(name, Email, "UTC"),
            Throws.TypeOf<DomainException>().With.Property(nameof(DomainException.Field)).EqualTo("attendee.name"));

    [Test]
    public void Create_WhenNameTooLong_Throws() =>
        Assert.That(() => Attendee.Create(new string('x', Attendee.MaxNameLength + 1), Email, "UTC"), Throws.TypeOf<DomainException>());

    [TestCase("Jane\0Smith")]
    [TestCase("Jane \u202eSmith")]
    public void Create_WhenNameHasHiddenCharacters_Throws(string name) =>
        Assert.That(() => Attendee.Create(name, Email, "UTC"),
            Throws.TypeOf<DomainException>().With.Property(nameof(DomainException.Field)).EqualTo("attendee.name"));
}
