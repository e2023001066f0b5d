using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Booking.Api.Errors;
using Booking.Api.FunctionalTests.Infrastructure;

namespace Booking.Api.FunctionalTests.Errors;

/// <summary>Every kind of bad input gets a 400 VALIDATION_ERROR naming the field, and nothing is booked.</summary>
public sealed class ValidationErrorTests : ApiFixture
{
    private async Task<JsonElement> ReserveExpectingValidationErrorAsync(string body)
    {
        var before = await Factory.Sandbox.BookingCountAsync();
        using var response = await Client.PostAsync(Requests.ReservePath, Requests.Json(body));
        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(await Factory.Sandbox.BookingCountAsync(), Is.EqualTo(before), "nothing may be booked");
        return error;
    }

    private Task<JsonElement> ReserveAsync(Action<JsonObject> change)
    {
        var body = Requests.ValidBody();
        change(body);
        return ReserveExpectingValidationErrorAsync(body.ToJsonString());
    }

    [Test]
    public async Task Reserve_WhenRequiredFieldsMissing_ListsEveryOne()
    {
        var result = await ReserveExpectingValidationErrorAsync("{}");
        Assert.That(result.Fields(), Is.EquivalentTo(new[] { "eventTypeId", "start", "end", "attendee" }));
    }

    [Test]
    public async Task Reserve_WhenAttendeeFieldsMissing_NamesThem()
    {
        var result = await ReserveAsync(b => b["attendee"] = new JsonObject());
        Assert.That(result.Fields(), Is.EquivalentTo(new[] { "attendee.name", "attendee.email" }));
    }

    [TestCase("0")]
    [TestCase("abc")]
    [TestCase("-3")]
    public async Task Reserve_WhenEventTypeIdNotPositiveInteger_Returns400(string id)
    {
        var result = await ReserveAsync(b => b["eventTypeId"] = id);
        Assert.That(result.MessageFor("eventTypeId"), Does.Contain("positive integer"));
    }

    [Test]
    public async Task Reserve_WhenStartHasNoOffset_RejectsIt()
    {
        var result = await ReserveAsync(b => b["start"] = ((string)b["start"]!).TrimEnd('Z'));
        Assert.That(result.MessageFor("start"), Does.Contain("with Z or an offset"));
    }

    [Test]
    public async Task Reserve_WhenStartInThePast_Returns400()
    {
        var result = await ReserveAsync(b =>
        {
            b["start"] = "2020-01-01T10:00:00.000Z";
            b["end"] = "2020-01-01T10:30:00.000Z";
        });
        Assert.That(result.MessageFor("start"), Is.EqualTo("start must be in the future."));
    }

    [Test]
    public async Task Reserve_WhenEndBeforeStart_Returns400()
    {
        var result = await ReserveAsync(b => (b["start"], b["end"]) = ((string?)b["end"], (string?)b["start"]));
        Assert.That(result.MessageFor("end"), Is.EqualTo("end must be after start."));
    }

    [Test]
    public async Task Reserve_WhenLengthNotOfferedByEventType_Returns400()
    {
        var (start, _) = Slots.Next();
        var result = await ReserveAsync(b =>
        {
            b["start"] = start;
            b["end"] = Slots.Format(DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AdjustToUniversal).AddMinutes(45));
        });
        Assert.That(result.MessageFor("end"), Is.EqualTo("end - start must be 30 minutes for event type 3139331; it is 45 minutes."));
    }

    [Test]
    public async Task Reserve_WhenEmailInvalid_Returns400()
    {
        var result = await ReserveAsync(b => b["attendee"]!["email"] = "not-an-email");
        Assert.That(result.Fields(), Is.EqualTo(new[] { "attendee.email" }));
    }

    [Test]
    public async Task Reserve_WhenTimezoneUnknown_Returns400()
    {
        var result = await ReserveAsync(b => b["timezone"] = "Mars/Olympus_Mons");
        Assert.That(result.Fields(), Is.EqualTo(new[] { "timezone" }));
    }

    [Test]
    public async Task Reserve_WhenMetadataBreaksCalComLimits_Returns400()
    {
        var result = await ReserveAsync(b => b["metadata"] = new JsonObject { ["nested"] = new JsonObject { ["a"] = 1 } });
        Assert.That(result.Fields(), Is.EqualTo(new[] { "metadata.nested" }));
    }

    [TestCase("eventTypeId", "\"3139332\"")]
    [TestCase("start", "\"2031-01-01T10:00:00Z\"")]
    public async Task Reserve_WhenAPropertyIsGivenTwice_NamesIt_AndBooksNothing(string property, string secondValue)
    {
        var text = Requests.ValidBody().ToJsonString();
        var body = text[..^1] + $",\"{property}\":{secondValue}}}";

        var result = await ReserveExpectingValidationErrorAsync(body);

        Assert.That(result.Fields(), Is.EqualTo(new[] { property }));
        Assert.That(result.MessageFor(property), Is.EqualTo($"{property} is given more than once; give each property once."));
    }

    [Test]
    public async Task Reserve_WhenANestedOrMetadataPropertyIsGivenTwice_NamesIt()
    {
        var text = Requests.ValidBody().ToJsonString();
        var attendee = text.Replace("\"email\":", "\"email\":\"x@example.com\",\"email\":", StringComparison.Ordinal);
        var metadata = text[..^1] + ",\"metadata\":{\"notes\":\"a\",\"notes\":\"b\"}}";

        Assert.That((await ReserveExpectingValidationErrorAsync(attendee)).Fields(), Is.EqualTo(new[] { "attendee.email" }));
        Assert.That((await ReserveExpectingValidationErrorAsync(metadata)).Fields(), Is.EqualTo(new[] { "metadata.notes" }));
    }

    [TestCase("attendee.name", "Jane\u0000Smith")]
    [TestCase("attendee.name", "Jane\u001b[31mSmith")]
    [TestCase("attendee.name", "Jane\nSmith")]
    [TestCase("attendee.name", "Jane \u202eSmith")]
    [TestCase("attendee.name", "Jane \u2067Smith")]
    [TestCase("attendee.email", "jane\u0000@example.com")]
    [TestCase("attendee.email", "jane\u202e@example.com")]
    public async Task Reserve_WhenANameOrEmailHasHiddenCharacters_NamesTheField(string field, string value)
    {
        var result = await ReserveAsync(b => b["attendee"]![field.Split('.')[1]] = System.Text.RegularExpressions.Regex.Unescape(value));

        Assert.That(result.Fields(), Is.EqualTo(new[] { field }));
    }

    [TestCase("j\u0430ne@example.com")]
    [TestCase("jane@ex\u0430mple.com")]
    [TestCase("jos\u00e9@example.com")]
    public async Task Reserve_WhenTheEmailIsNotAscii_SaysCalComTakesOnlyAscii(string email)
    {
        var result = await ReserveAsync(b => b["attendee"]!["email"] = System.Text.RegularExpressions.Regex.Unescape(email));

        Assert.That(result.MessageFor("attendee.email"), Does.StartWith("attendee.email must be written in ASCII"));
    }

    [TestCase("{\"notes\":\"call \\u0000 me\"}", "metadata.notes")]
    [TestCase("{\"notes\":\"\\u001b[2J\"}", "metadata.notes")]
    [TestCase("{\"notes\":\"a \\u202e b\"}", "metadata.notes")]
    [TestCase("{\"bell\\u0007\":\"x\"}", "metadata")]
    [TestCase("{\"big\":1e309}", "metadata.big")]
    [TestCase("{\"small\":-1e309}", "metadata.small")]
    public async Task Reserve_WhenMetadataHasHiddenCharactersOrAnInfiniteNumber_NamesIt(string metadata, string field)
    {
        var text = Requests.ValidBody().ToJsonString();

        var result = await ReserveExpectingValidationErrorAsync(text[..^1] + ",\"metadata\":" + metadata + "}");

        Assert.That(result.Fields(), Is.EqualTo(new[] { field }));
    }

    [Test]
    public async Task Reserve_WhenNotesHaveLineBreaks_Books()
    {
        var body = Requests.ValidBody();
        body["metadata"] = new JsonObject { ["notes"] = "First line\r\nSecond line\tindented", ["floor"] = 2.5 };

        using var response = await Client.ReserveAsync(body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Reserve_WhenUnknownPropertySent_NamesIt()
    {
        var result = await ReserveAsync(b => b["colour"] = "blue");
        Assert.That(result.MessageFor("colour"), Is.EqualTo("colour is not a known property."));
    }

    [Test]
    public async Task Reserve_WhenSeveralPropertiesAreUnknown_NamesEveryOne_AndSuggestsNearMisses()
    {
        var result = await ReserveAsync(b =>
        {
            b["startTime"] = b["start"]!.DeepClone();
            b.Remove("start");
            b["attendee"]!["emial"] = "jane@example.com";
            b["attendee"]!.AsObject().Remove("email");
            b["colour"] = "blue";
        });

        Assert.That(result.Fields(), Is.EquivalentTo(new[] { "startTime", "attendee.emial", "colour" }));
        Assert.That(result.MessageFor("startTime"), Is.EqualTo("startTime is not a known property; did you mean start?"));
        Assert.That(result.MessageFor("attendee.emial"), Is.EqualTo("attendee.emial is not a known property; did you mean attendee.email?"));
        Assert.That(result.MessageFor("colour"), Is.EqualTo("colour is not a known property."));
    }

    [Test]
    public async Task Reserve_WhenUnknownNestedPropertySent_NamesItsPath()
    {
        var result = await ReserveAsync(b => b["attendee"]!["phone"] = "+1 555 0100");
        Assert.That(result.Fields(), Is.EqualTo(new[] { "attendee.phone" }));
    }

    [Test]
    public async Task Reserve_WhenJsonMalformed_Returns400()
    {
        var result = await ReserveExpectingValidationErrorAsync("{\"eventTypeId\": \"3139331\", ");
        Assert.That(result.MessageFor("body"), Is.EqualTo("The request body is not valid JSON."));
    }

    [TestCase("""{"eventTypeId": true}""", "eventTypeId")]
    [TestCase("""{"attendee": "Jane"}""", "attendee")]
    [TestCase("""{"start": 20300101}""", "start")]
    public async Task Reserve_WhenJsonTypeWrong_NamesTheField(string body, string field)
    {
        var result = await ReserveExpectingValidationErrorAsync(body);
        Assert.That(result.MessageFor(field), Does.StartWith($"{field} has the wrong JSON type"));
    }

    [TestCase("")]
    [TestCase("null")]
    [TestCase("[]")]
    [TestCase("\"text\"")]
    public async Task Reserve_WhenBodyIsNotAnObject_Returns400(string body)
    {
        var result = await ReserveExpectingValidationErrorAsync(body);
        Assert.That(result.Fields(), Is.EqualTo(new[] { "body" }));
    }

    [Test]
    public async Task Reserve_WhenErrorBodyWritten_DoesNotEchoTheAttendeesData()
    {
        using var response = await Client.PostAsync(Requests.ReservePath, Requests.Json(
            """{"eventTypeId":"x","attendee":{"name":"Private Person","email":"private.person@example"}}"""));
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(text, Does.Not.Contain("private.person").And.Not.Contain("Private Person"));
    }
}
