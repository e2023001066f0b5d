using Booking.Domain.Bookings;
using Booking.Domain.Common;

namespace Booking.Domain.UnitTests.Bookings;

public sealed class EmailAddressTests
{
    [TestCase("john.doe@example.com")]
    [TestCase("a+tag@sub.example.co.uk")]
    public void IsValid_WhenPlainAddress_ReturnsTrue(string email) => Assert.That(EmailAddress.IsValid(email), Is.True);

    [TestCase(null)]
    [TestCase("")]
    [TestCase("not-an-email")]
    [TestCase("jane@localhost")]
    [TestCase("Jane <jane@example.com>")]
    [TestCase("jane doe@example.com")]
    [TestCase("jane@example.")]
    [TestCase("@example.com")]
    [TestCase("j\u0430ne@example.com")]
    [TestCase("jane\0@example.com")]
    public void IsValid_WhenNotAPlainAddress_ReturnsFalse(string? email) => Assert.That(EmailAddress.IsValid(email), Is.False);

    [Test]
    public void IsValid_WhenLongerThanMaxLength_ReturnsFalse() =>
        Assert.That(EmailAddress.IsValid(new string('a', 250) + "@example.com"), Is.False);

    [Test]
    public void From_WhenInvalid_ThrowsForAttendeeEmail() =>
        Assert.That(() => EmailAddress.From("nope"),
            Throws.TypeOf<DomainException>().With.Property(nameof(DomainException.Field)).EqualTo("attendee.email"));

    [Test]
    public void From_TrimsSurroundingSpace() => Assert.That(EmailAddress.From(" a@b.io ").Value, Is.EqualTo("a@b.io"));

    [Test]
    public void Parse_NamesTheFieldItWasGiven()
    {
        Assert.That(EmailAddress.Parse("nope", "attendee.email").Errors,
            Is.EqualTo(new[] { new FieldError("attendee.email", "attendee.email must be a valid email address, e.g. jane@example.com.") }));
        Assert.That(EmailAddress.Parse(" ", "attendee.email").Errors,
            Is.EqualTo(new[] { new FieldError("attendee.email", "attendee.email is required.") }));
    }

    [Test]
    public void Parse_WhenValid_TrimsIt() => Assert.That(EmailAddress.Parse(" a@b.io ", "attendee.email").Value.Value, Is.EqualTo("a@b.io"));
}
