using Booking.Infrastructure.Logging;

namespace Booking.Infrastructure.Tests;

public sealed class SensitiveDataRedactorTests
{
    [TestCase("""{"email":"jane.roe@example.com"}""", """{"email":"j***@e***.com"}""")]
    [TestCase("contact jane.roe@mail.example.co.uk now", "contact j***@m***.uk now")]
    [TestCase("""["a@b.io","c.d@e.org"]""", """["a***@b***.io","c***@e***.org"]""")]
    public void Redact_MasksEmails(string text, string expected) =>
        Assert.That(SensitiveDataRedactor.Redact(text), Is.EqualTo(expected));

    [Test]
    public void Redact_MasksEmailsWhoseLocalPartSystemTextJsonEscaped()
    {
        var redacted = SensitiveDataRedactor.Redact("""{"email":"jane\u002Broe@example.com"}""");

        Assert.That(redacted, Does.Not.Contain("jane").And.Not.Contains("roe").And.Not.Contains("example"));
    }

    [TestCase("""{"phoneNumber":"+14155550100"}""", """{"phoneNumber":"[redacted-phone]"}""")]
    [TestCase("""{"attendeePhoneNumber" : "0171 2345678"}""", """{"attendeePhoneNumber":"[redacted-phone]"}""")]
    [TestCase("""{"smsReminderNumber":"+4915112345678"}""", """{"smsReminderNumber":"[redacted-phone]"}""")]
    [TestCase("""{"location":{"type":"attendeePhone","phone":"+44 20 7946 0958"}}""", """{"location":{"type":"attendeePhone","phone":"[redacted-phone]"}}""")]
    public void Redact_ReplacesPhoneNumbersInJsonProperties(string text, string expected) =>
        Assert.That(SensitiveDataRedactor.Redact(text), Is.EqualTo(expected));

    [TestCase("call +1 (415) 555-0100 today", "call [redacted-phone] today")]
    [TestCase("call +49 30 1234567.", "call [redacted-phone].")]
    [TestCase("""{"notes":"my number is \u002B14155550100"}""", """{"notes":"my number is [redacted-phone]"}""")]
    public void Redact_ReplacesInternationalPhoneNumbersAnywhere(string text, string expected) =>
        Assert.That(SensitiveDataRedactor.Redact(text), Is.EqualTo(expected));

    [TestCase("""{"name":"Jane Roe","timeZone":"Europe/Berlin"}""", """{"name":"[redacted-name]","timeZone":"Europe/Berlin"}""")]
    [TestCase("""{"name":"Jane \"JR\" Roe"}""", """{"name":"[redacted-name]"}""")]
    public void Redact_ReplacesNames(string text, string expected) =>
        Assert.That(SensitiveDataRedactor.Redact(text), Is.EqualTo(expected));

    [TestCase("Bearer cal_live_0123456789abcdef0123456789abcdef")]
    [TestCase("key=cal_5f1d2c3b4a59687766554433")]
    public void Redact_ReplacesCalComKeys(string text)
    {
        var redacted = SensitiveDataRedactor.Redact(text);

        Assert.That(redacted, Does.Contain("[redacted-key]").And.Not.Contains("0123456789").And.Not.Contains("5f1d2c3b"));
    }

    [TestCase("""{"start":"2030-01-08T13:00:00.000Z","end":"2030-01-08T13:30:00.000+01:00"}""")]
    [TestCase("""{"eventTypeId":1234567,"id":98765432,"duration":30}""")]
    [TestCase("""{"uid":"bk_7f3a","status":"accepted","cal-api-version":"2024-08-13"}""")]
    [TestCase("User either already has booking at this time or is not available")]
    [TestCase("7d1c1f7e-1111-4c3b-9a55-0c2f1f0e9abc")]
    public void Redact_LeavesOrdinaryDataAlone(string text) =>
        Assert.That(SensitiveDataRedactor.Redact(text), Is.EqualTo(text));

    [TestCase(null)]
    [TestCase("")]
    public void Redact_WithNothing_ReturnsEmpty(string? text) =>
        Assert.That(SensitiveDataRedactor.Redact(text), Is.Empty);

    [Test]
    public void RedactUrl_DecodesBeforeRedactingEmailsAndPhones()
    {
        var redacted = SensitiveDataRedactor.RedactUrl("/v2/bookings?attendeeEmail=jane.roe%40example.com&eventTypeId=42&attendeePhoneNumber=%2B14155550100&attendeeName=Jane%20Roe");

        Assert.That(redacted, Is.EqualTo("/v2/bookings?attendeeEmail=j***@e***.com&eventTypeId=42&attendeePhoneNumber=[redacted-phone]&attendeeName=[redacted-name]"));
    }

    [Test]
    public void RedactUrl_LeavesPlainPathsAlone() =>
        Assert.That(SensitiveDataRedactor.RedactUrl("/v2/event-types/42"), Is.EqualTo("/v2/event-types/42"));

    [Test]
    public void Redact_RemovesANameWhereverElseItAppearsInTheSameText()
    {
        var reply = """{"title":"30 Min Meeting between Sandbox Host and Priscilla Quartermaine","attendees":[{"name":"Priscilla Quartermaine"}]}""";

        var redacted = SensitiveDataRedactor.Redact(reply);

        Assert.That(redacted, Does.Not.Contain("Priscilla"));
        Assert.That(redacted, Does.Contain("30 Min Meeting between Sandbox Host and [redacted-name]"));
    }

    [Test]
    public void Redact_LeavesOtherTextAloneWhenANameIsVeryShort() =>
        Assert.That(SensitiveDataRedactor.Redact("""{"name":"Al","title":"Also Alpha"}"""), Does.Contain("Also Alpha"));
}
