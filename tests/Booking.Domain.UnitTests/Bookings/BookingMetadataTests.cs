using Booking.Domain.Bookings;
using Booking.Domain.Common;

namespace Booking.Domain.UnitTests.Bookings;

public sealed class BookingMetadataTests
{
    private static Parsed<BookingMetadata> Parse(params (string Key, string? Value)[] entries) =>
        BookingMetadata.Parse(entries.Select(entry => KeyValuePair.Create(entry.Key, entry.Value)).ToList());

    [Test]
    public void Parse_WhenAbsentOrEmpty_IsNone()
    {
        Assert.That(BookingMetadata.Parse(null).Value, Is.SameAs(BookingMetadata.None));
        Assert.That(Parse().Value.Values, Is.Empty);
    }

    [Test]
    public void Parse_KeepsValuesAndKnowsLocationAndNotes()
    {
        var metadata = Parse(("location", "Room A"), ("notes", "Bring ID"), ("department", "Engineering")).Value;
        Assert.Multiple(() =>
        {
            Assert.That(metadata.Location, Is.EqualTo("Room A"));
            Assert.That(metadata.Notes, Is.EqualTo("Bring ID"));
            Assert.That(metadata.Values, Has.Count.EqualTo(3));
        });
    }

    [Test]
    public void Parse_WhenMoreThan50Keys_ReportsMetadata()
    {
        var entries = Enumerable.Range(0, BookingMetadata.MaxKeys + 1).Select(i => ($"k{i}", (string?)"v")).ToArray();
        Assert.That(Parse(entries).Errors, Is.EqualTo(new[] { new FieldError("metadata", "metadata must have at most 50 keys.") }));
    }

    [Test]
    public void Parse_WhenKeyTooLongOrEmpty_ReportsTheKey()
    {
        var longKey = new string('k', BookingMetadata.MaxKeyLength + 1);
        Assert.That(Parse((longKey, "v"), ("", "v")).Errors, Is.EqualTo(new[]
        {
            new FieldError("metadata", $"metadata key '{longKey[..40]}…' must be 1 to 40 characters."),
            new FieldError("metadata", "metadata key '' must be 1 to 40 characters."),
        }));
    }

    [Test]
    public void Parse_WhenValueTooLongOrNotText_NamesTheKey()
    {
        const string Rule = "must be a string of at most 500 characters, a number a 64-bit float can hold (1e309 is too large), or a boolean.";
        Assert.That(Parse(("long", new string('v', BookingMetadata.MaxValueLength + 1)), ("nested", null)).Errors, Is.EqualTo(new[]
        {
            new FieldError("metadata.long", $"metadata.long {Rule}"),
            new FieldError("metadata.nested", $"metadata.nested {Rule}"),
        }));
        Assert.That(Parse(("ok", new string('v', BookingMetadata.MaxValueLength))).IsValid, Is.True);
    }

    [Test]
    public void Parse_WhenKeyOrValueHasHiddenCharacters_SaysWhichWhileAllowingLineBreaksInValues()
    {
        Assert.That(Parse(("notes", "line one\r\nline two\tend")).IsValid, Is.True);
        Assert.That(Parse(("notes", "a\u202eb"), ("k\u001b", "v")).Errors, Is.EqualTo(new[]
        {
            new FieldError("metadata.notes", TextRules.HiddenCharactersExceptLineBreaksMessage("metadata.notes")),
            new FieldError("metadata", TextRules.HiddenCharactersMessage("metadata keys")),
        }));
    }
}
