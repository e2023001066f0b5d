using Booking.Application.Bookings.Commands.CreateBooking;
using FluentValidation.Results;
using Microsoft.Extensions.Time.Testing;
using static Booking.Application.UnitTests.Bookings.CreateBookingInput;

namespace Booking.Application.UnitTests.Bookings;

public sealed class CreateBookingCommandValidatorTests
{
    private readonly CreateBookingCommandValidator validator = new(new FakeTimeProvider(TestBookings.Now));

    private ValidationResult Validate(CreateBookingInput input) => validator.Validate(input.ToCommand());

    private static IEnumerable<string> Fields(ValidationResult result) => result.Errors.Select(e => e.PropertyName);

    [Test]
    public void Validate_WhenValid_HasNoErrors() => Assert.That(Validate(Valid()).IsValid, Is.True);

    [Test]
    public void Validate_WhenEverythingMissing_ListsEveryRequiredField()
    {
        var result = Validate(new CreateBookingInput { EventTypeId = null, Start = null, End = null, Attendee = null, TimeZone = null });
        Assert.That(Fields(result), Is.EquivalentTo(new[] { "eventTypeId", "start", "end", "attendee" }));
    }

    [Test]
    public void Validate_WhenAttendeeFieldsMissing_NamesBoth()
    {
        var result = Validate(Valid() with { Attendee = (null, null) });
        Assert.That(Fields(result), Is.EquivalentTo(new[] { "attendee.name", "attendee.email" }));
    }

    [TestCase("0")]
    [TestCase("-1")]
    [TestCase("abc")]
    [TestCase("12.5")]
    public void Validate_WhenEventTypeIdNotPositiveInteger_Fails(string id)
    {
        var result = Validate(Valid() with { EventTypeId = id });
        Assert.That(result.Errors.Single().ErrorMessage, Does.Contain("positive integer"));
    }

    [TestCase("2030-01-08T14:00:00")]
    [TestCase("08/01/2030 14:00")]
    public void Validate_WhenStartHasNoOffset_RejectsInsteadOfGuessing(string start)
    {
        var result = Validate(Valid() with { Start = start });
        Assert.That(Fields(result), Is.EqualTo(new[] { "start" }));
        Assert.That(result.Errors[0].ErrorMessage, Does.Contain("with Z or an offset"));
    }

    [Test]
    public void Validate_WhenStartInThePast_Fails()
    {
        var result = Validate(Valid() with { Start = "2029-12-31T14:00:00Z", End = "2029-12-31T14:30:00Z" });
        Assert.That(result.Errors.Single().ErrorMessage, Is.EqualTo("start must be in the future."));
    }

    [Test]
    public void Validate_WhenEndNotAfterStart_Fails()
    {
        var result = Validate(Valid() with { End = "2030-01-08T13:30:00Z" });
        Assert.That(result.Errors.Single().PropertyName, Is.EqualTo("end"));
        Assert.That(result.Errors.Single().ErrorMessage, Is.EqualTo("end must be after start."));
    }

    [Test]
    public void Validate_WhenOffsetsDiffer_ComparesInstants()
    {
        // 09:30-05:00 is 14:30Z, thirty minutes after the start.
        var result = Validate(Valid() with { End = "2030-01-08T09:30:00-05:00" });
        Assert.That(result.IsValid, Is.True);
    }

    [TestCase("not-an-email")]
    [TestCase("jane@localhost")]
    public void Validate_WhenEmailInvalid_Fails(string email)
    {
        var result = Validate(Valid() with { Attendee = ("Jane", email) });
        Assert.That(Fields(result), Is.EqualTo(new[] { "attendee.email" }));
    }

    [Test]
    public void Validate_WhenTimeZoneUnknown_Fails() =>
        Assert.That(Fields(Validate(Valid() with { TimeZone = "Moon/Base" })), Is.EqualTo(new[] { "timezone" }));

    [Test]
    public void Validate_WhenMetadataHasTooManyKeys_Fails()
    {
        var entries = Enumerable.Range(0, 51).Select(i => ($"k{i}", (string?)"v")).ToArray();
        var result = Validate(Valid() with { Metadata = MetadataOf(entries) });
        Assert.That(result.Errors.Single().ErrorMessage, Does.Contain("at most 50 keys"));
    }

    [Test]
    public void Validate_WhenMetadataKeyTooLong_Fails()
    {
        var result = Validate(Valid() with { Metadata = MetadataOf((new string('k', 41), "v")) });
        Assert.That(result.Errors.Single().ErrorMessage, Does.Contain("1 to 40 characters"));
    }

    [Test]
    public void Validate_WhenMetadataValueNotText_Fails()
    {
        var result = Validate(Valid() with { Metadata = MetadataOf(("nested", null)) });
        Assert.That(result.Errors.Single().ErrorMessage, Does.Contain("must be a string of at most 500 characters, a number a 64-bit float can hold (1e309 is too large), or a boolean"));
    }

    [Test]
    public void Validate_WhenMetadataStringTooLong_Fails()
    {
        var result = Validate(Valid() with { Metadata = MetadataOf(("notes", new string('n', 501))) });
        Assert.That(result.Errors.Single().PropertyName, Is.EqualTo("metadata.notes"));
    }

    [TestCase("notes", "a\u0000b", "metadata.notes", "must not contain control characters other than tab and line breaks")]
    [TestCase("k\u001b", "v", "metadata", "metadata keys must not contain control characters")]
    public void Validate_WhenMetadataHasHiddenCharacters_SaysWhich(string key, string value, string field, string message)
    {
        var result = Validate(Valid() with { Metadata = MetadataOf((key, value)) });
        var error = result.Errors.Single();
        Assert.That(error.PropertyName, Is.EqualTo(field));
        Assert.That(error.ErrorMessage, Does.Contain(message));
    }

    [Test]
    public void Validate_WhenNameHasABidiOverride_AndEmailALookAlikeLetter_NamesBoth()
    {
        var result = Validate(Valid() with { Attendee = ("Jane \u202eSmith", "j\u0430ne@example.com") });
        Assert.That(result.Errors.Select(e => e.ErrorMessage), Is.EquivalentTo(new[]
        {
            Booking.Domain.Common.TextRules.HiddenCharactersMessage("attendee.name"),
            Booking.Domain.Common.TextRules.EmailCharactersMessage("attendee.email"),
        }));
    }

    [Test]
    public void Validate_ReportsEveryInvalidFieldAtOnce()
    {
        var result = Validate(new CreateBookingInput
        {
            EventTypeId = "x",
            Start = "2029-12-31T14:00:00Z",
            End = "2029-12-31T14:30:00Z",
            Attendee = ("Jane", "nope"),
            TimeZone = "Moon/Base",
            Metadata = MetadataOf(("nested", null)),
        });
        Assert.That(Fields(result), Is.EquivalentTo(new[] { "eventTypeId", "start", "attendee.email", "timezone", "metadata.nested" }));
    }
}
