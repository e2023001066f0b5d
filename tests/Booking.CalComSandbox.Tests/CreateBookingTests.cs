using System.Net;
using System.Text.Json.Nodes;
using Booking.CalComSandbox.Tests.Support;
using NUnit.Framework.Constraints;

namespace Booking.CalComSandbox.Tests;

public sealed class CreateBookingTests : SandboxTestBase
{
    private const string Start = "2030-01-08T13:00:00.000Z";

    [Test]
    public async Task CreateBooking_WithValidBody_Returns201WithFullBooking()
    {
        var request = BookingRequests.Valid(Start)
            .With("bookingFieldsResponses", new JsonObject { ["notes"] = "Bring coffee" })
            .With("metadata", new JsonObject { ["source"] = "tests", ["attempt"] = 1 })
            .With("guests", new JsonArray("guest@example.com"));
        using var response = await CreateBookingAsync(request);
        var json = await ReadJsonAsync(response);
        var booking = json["data"]!;

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((string?)json["status"], Is.EqualTo("success"));
            Assert.That((int)booking["id"]!, Is.GreaterThan(0));
            Assert.That((string?)booking["uid"], Does.Match("^[0-9A-Za-z]{22}$"));
            Assert.That((string?)booking["title"], Is.EqualTo("30 Min Meeting between Sandbox Host and Ann Example"));
            Assert.That((string?)booking["description"], Is.EqualTo("Bring coffee"));
            Assert.That((string?)booking["status"], Is.EqualTo("accepted"));
            Assert.That((string?)booking["start"], Is.EqualTo(Start));
            Assert.That((string?)booking["end"], Is.EqualTo("2030-01-08T13:30:00.000Z"));
            Assert.That((int)booking["duration"]!, Is.EqualTo(30));
            Assert.That((int)booking["eventTypeId"]!, Is.EqualTo(SeedIds.ThirtyMinutes));
            Assert.That((string?)booking["eventType"]!["slug"], Is.EqualTo("30min"));
            Assert.That((string?)booking["hosts"]![0]!["email"], Is.EqualTo(SeedIds.HostEmail));
            Assert.That((string?)booking["attendees"]![0]!["email"], Is.EqualTo("ann@example.com"));
            Assert.That((string?)booking["attendees"]![0]!["language"], Is.EqualTo("en"));
            Assert.That((bool)booking["attendees"]![0]!["absent"]!, Is.False);
            Assert.That((string?)booking["guests"]![0], Is.EqualTo("guest@example.com"));
            Assert.That((string?)booking["location"], Does.StartWith("https://app.cal.com/video/"));
            Assert.That((string?)booking["meetingUrl"], Is.EqualTo((string?)booking["location"]));
            Assert.That((bool)booking["absentHost"]!, Is.False);
            Assert.That((string?)booking["metadata"]!["source"], Is.EqualTo("tests"));
            Assert.That((string?)booking["bookingFieldsResponses"]!["name"], Is.EqualTo("Ann Example"));
            Assert.That((string?)booking["createdAt"], Is.EqualTo("2030-01-01T00:00:00.000Z"));
            Assert.That((string?)booking["icsUid"], Is.Not.Empty);
            Assert.That(response.Headers.GetValues("X-Request-Id").Single(), Does.Match("^[0-9a-f-]{36}$"));
        });
        Assert.That(Server.BookingCount, Is.EqualTo(1));
    }

    private static IEnumerable<TestCaseData> InvalidBodies()
    {
        TestCaseData Case(string name, Func<JsonObject, JsonObject> change, IResolveConstraint message) =>
            new TestCaseData(change, message).SetArgDisplayNames(name);

        yield return Case("unknown property", request => request.With("foo", "bar"),
            Is.EqualTo("foo property is wrong,property foo should not exist "));
        yield return Case("unknown attendee property", request => request.WithAttendee("age", 3),
            Is.EqualTo("attendee property is wrong, age property is wrong,property age should not exist "));
        yield return Case("start not ISO-8601", request => request.With("start", "next tuesday"),
            Is.EqualTo("start property is wrong,start must be a valid ISO 8601 date string "));
        yield return Case("invalid email", request => request.WithAttendee("email", "not-an-email"),
            Is.EqualTo("attendee property is wrong, email property is wrong,Invalid email format "));
        yield return Case("neither email nor phone", request => request.WithoutAttendee("email"),
            Does.StartWith("attendee property is wrong, email property is wrong,"));
        yield return Case("attendee without name", request => request.WithoutAttendee("name"), Does.Contain("name property is wrong"));
        yield return Case("time zone not IANA", request => request.WithAttendee("timeZone", "Mars/Olympus"), Does.Contain("timeZone property is wrong"));
        yield return Case("empty time zone", request => request.WithAttendee("timeZone", ""), Does.Contain("timeZone property is wrong"));
        yield return Case("event type id as a string", request => request.With("eventTypeId", "3139331"),
            Is.EqualTo("eventTypeId property is wrong,eventTypeId must be an integer number "));
        yield return Case("no event type at all", request => request.Without("eventTypeId"),
            Is.EqualTo("Either eventTypeId or eventTypeSlug + username or eventTypeSlug + teamSlug must be provided"));
    }

    [TestCaseSource(nameof(InvalidBodies))]
    public async Task CreateBooking_WithInvalidBody_Returns400WithCalComsMessage(Func<JsonObject, JsonObject> change, IResolveConstraint message)
    {
        using var response = await CreateBookingAsync(change(BookingRequests.Valid(Start)));

        Assert.That(await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "BadRequestException"), message);
        Assert.That(Server.BookingCount, Is.Zero);
    }

    [Test]
    public async Task CreateBooking_WithPhoneOnly_Returns201()
    {
        var request = BookingRequests.Valid(Start).WithoutAttendee("email").WithAttendee("phoneNumber", "+442071234567");

        var booking = await CreateBookingOkAsync(request);

        Assert.That((string?)booking["attendees"]![0]!["phoneNumber"], Is.EqualTo("+442071234567"));
    }

    [Test]
    public async Task CreateBooking_WithEventTypeSlugAndUsername_Returns201()
    {
        var request = BookingRequests.Valid(Start).Without("eventTypeId")
            .With("eventTypeSlug", "30min").With("username", "sandbox-host");

        var booking = await CreateBookingOkAsync(request);

        Assert.That((int)booking["eventType"]!["id"]!, Is.EqualTo(SeedIds.ThirtyMinutes));
    }

    [Test]
    public async Task CreateBooking_WithUnknownEventType_Returns404()
    {
        using var response = await CreateBookingAsync(BookingRequests.Valid(Start, SeedIds.Unknown));

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.NotFound, "NotFoundException");
        Assert.That(message, Is.EqualTo($"Event type with id {SeedIds.Unknown} not found."));
    }

    [Test]
    public async Task CreateBooking_WithMalformedJson_Returns400()
    {
        using var response = await SendAsync(HttpMethod.Post, "/v2/bookings", version: Versions.Bookings, rawBody: "{\"start\": ");
        var json = await ReadJsonAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((int)json["statusCode"]!, Is.EqualTo(400));
            Assert.That((string?)json["message"], Does.StartWith("Unexpected token"));
        });
    }

    [Test]
    public async Task CreateBooking_WithLengthOnSingleLengthEventType_Returns400()
    {
        using var response = await CreateBookingAsync(BookingRequests.Valid(Start).With("lengthInMinutes", 30));

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "BadRequestException");
        Assert.That(message, Does.StartWith("Can't specify 'lengthInMinutes' because event type does not have multiple possible lengths."));
    }

    [Test]
    public async Task CreateBooking_WithLengthNotAmongOptions_Returns400()
    {
        using var response = await CreateBookingAsync(
            BookingRequests.Valid(Start, SeedIds.MultipleLengths).With("lengthInMinutes", 45));

        await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "BadRequestException");
    }

    [Test]
    public async Task CreateBooking_WithAllowedLength_UsesThatLength()
    {
        var booking = await CreateBookingOkAsync(BookingRequests.Valid(Start, SeedIds.MultipleLengths).With("lengthInMinutes", 60));

        Assert.Multiple(() =>
        {
            Assert.That((int)booking["duration"]!, Is.EqualTo(60));
            Assert.That((string?)booking["end"], Is.EqualTo("2030-01-08T14:00:00.000Z"));
        });
    }

    [Test]
    public async Task CreateBooking_WithoutLengthOnMultiLengthEventType_UsesDefaultLength()
    {
        var booking = await CreateBookingOkAsync(BookingRequests.Valid(Start, SeedIds.MultipleLengths));

        Assert.That((int)booking["duration"]!, Is.EqualTo(30));
    }

    [Test]
    public async Task CreateBooking_WithTooManyMetadataKeys_Returns400MetadataLimits()
    {
        var metadata = new JsonObject();
        for (var i = 0; i < 51; i++)
        {
            metadata[$"key{i}"] = "value";
        }

        using var response = await CreateBookingAsync(BookingRequests.Valid(Start).With("metadata", metadata));

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "BadRequestException");
        Assert.That(message, Does.Contain("Metadata must have at most 50 keys, each key up to 40 characters, and string values up to 500 characters."));
    }

    [Test]
    public async Task CreateBooking_WithNestedMetadataValue_Returns400MetadataLimits()
    {
        var metadata = new JsonObject { ["nested"] = new JsonObject() };

        using var response = await CreateBookingAsync(BookingRequests.Valid(Start).With("metadata", metadata));

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "BadRequestException");
        Assert.That(message, Does.Contain("Metadata must have at most 50 keys"));
    }

    [Test]
    public async Task CreateBooking_WithLocationTypeNotOfferedByEventType_Returns400()
    {
        var request = BookingRequests.Valid(Start, SeedIds.RequiresLocation)
            .With("location", new JsonObject { ["type"] = "phone", ["phone"] = "+442071234567" });

        using var response = await CreateBookingAsync(request);

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "BadRequestException");
        Assert.That(message, Does.StartWith($"Booking location with type phone not valid for event type with id={SeedIds.RequiresLocation}."));
    }

    [Test]
    public async Task CreateBooking_WithOrganizerAddressLocation_StoresTheEventTypeAddress()
    {
        var request = BookingRequests.Valid(Start, SeedIds.RequiresLocation).With("location", new JsonObject { ["type"] = "address" });

        var booking = await CreateBookingOkAsync(request);

        Assert.That((string?)booking["location"], Is.EqualTo("1 Sandbox Street, London"));
    }

    [Test]
    public async Task CreateBooking_WithLegacyStringLocation_StoresTheString()
    {
        var request = BookingRequests.Valid(Start, SeedIds.RequiresLocation).With("location", "Cafe Nero, Soho");

        var booking = await CreateBookingOkAsync(request);

        Assert.That((string?)booking["location"], Is.EqualTo("Cafe Nero, Soho"));
    }

    [Test]
    public async Task CreateBooking_WithoutRequiredBookingField_Returns400MissingResponse()
    {
        using var response = await CreateBookingAsync(BookingRequests.Valid(Start, SeedIds.RequiredBookingField));

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "BadRequestException");
        Assert.That(message, Does.StartWith("Missing required booking field response: company - "));
    }

    [Test]
    public async Task CreateBooking_WithRequiredBookingField_Returns201()
    {
        var request = BookingRequests.Valid(Start, SeedIds.RequiredBookingField)
            .With("bookingFieldsResponses", new JsonObject { ["company"] = "Acme" });

        var booking = await CreateBookingOkAsync(request);

        Assert.That((string?)booking["bookingFieldsResponses"]!["company"], Is.EqualTo("Acme"));
    }

    [Test]
    public async Task CreateBooking_InThePast_Returns400()
    {
        using var response = await CreateBookingAsync(BookingRequests.Valid("2029-12-31T23:00:00Z"));

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "BadRequestException");
        Assert.That(message, Is.EqualTo("Attempting to book a meeting in the past."));
    }

    [Test]
    public async Task CreateBooking_WithinMinimumNotice_Returns400OutOfBounds()
    {
        // 15:00 UTC is 10:00 in New York: inside working hours, but a minute short of the two hours' notice.
        Clock.Set(new DateTimeOffset(2030, 1, 8, 13, 1, 0, TimeSpan.Zero));
        using var response = await CreateBookingAsync(BookingRequests.Valid("2030-01-08T15:00:00Z", SeedIds.NewYorkWorkingHours));

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "BadRequestException");
        Assert.That(message, Does.StartWith("The event type can't be booked at the \"start\" time provided."));
    }

    [Test]
    public async Task CreateBooking_BeyondBookingWindow_Returns400OutOfBounds()
    {
        using var response = await CreateBookingAsync(BookingRequests.Valid("2030-03-05T15:00:00Z", SeedIds.NewYorkWorkingHours));

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "BadRequestException");
        Assert.That(message, Does.StartWith("The event type can't be booked at the \"start\" time provided."));
    }

    [TestCase("2030-01-08T13:00:00Z", TestName = "CreateBooking_BeforeNewYorkWorkingHours_Returns400NotAvailable")]
    [TestCase("2030-01-08T21:30:00Z", TestName = "CreateBooking_OverlappingEndOfNewYorkWorkingHours_Returns400NotAvailable")]
    [TestCase("2030-01-05T15:00:00Z", TestName = "CreateBooking_OnSaturdayInNewYork_Returns400NotAvailable")]
    public async Task CreateBooking_OutsideWorkingHours_Returns400NotAvailable(string start)
    {
        using var response = await CreateBookingAsync(BookingRequests.Valid(start, SeedIds.NewYorkWorkingHours));

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "BadRequestException");
        Assert.That(message, Is.EqualTo("User either already has booking at this time or is not available"));
    }

    [Test]
    public async Task CreateBooking_AtStartOfNewYorkWorkingDay_Returns201()
    {
        var booking = await CreateBookingOkAsync(BookingRequests.Valid("2030-01-08T14:00:00Z", SeedIds.NewYorkWorkingHours));

        Assert.That((int)booking["duration"]!, Is.EqualTo(60));
    }

    [Test]
    public async Task CreateBooking_WhenSlotTaken_Returns400NotAvailable()
    {
        await CreateBookingOkAsync(BookingRequests.Valid(Start));

        using var response = await CreateBookingAsync(BookingRequests.Valid(Start, email: "bob@example.com"));

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "BadRequestException");
        Assert.That(message, Is.EqualTo("User either already has booking at this time or is not available"));
        Assert.That(Server.BookingCount, Is.EqualTo(1));
    }

    [Test]
    public async Task CreateBooking_WhenOverlappingAnotherEventTypeOfSameHost_Returns400NotAvailable()
    {
        await CreateBookingOkAsync(BookingRequests.Valid(Start, SeedIds.MultipleLengths).With("lengthInMinutes", 60));

        using var response = await CreateBookingAsync(BookingRequests.Valid("2030-01-08T13:30:00Z"));

        await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "BadRequestException");
    }

    [Test]
    public async Task CreateBooking_WhenEventTypeRequiresConfirmation_ReturnsPending()
    {
        var booking = await CreateBookingOkAsync(BookingRequests.Valid(Start, SeedIds.RequiresConfirmation));

        Assert.That((string?)booking["status"], Is.EqualTo("pending"));
    }

    [Test]
    public async Task CreateBooking_WhenSameAttendeeRepeatsPendingBooking_ReturnsExistingBooking()
    {
        var first = await CreateBookingOkAsync(BookingRequests.Valid(Start, SeedIds.RequiresConfirmation));

        var second = await CreateBookingOkAsync(BookingRequests.Valid(Start, SeedIds.RequiresConfirmation));

        Assert.Multiple(() =>
        {
            Assert.That((string?)second["uid"], Is.EqualTo((string?)first["uid"]));
            Assert.That(Server.BookingCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task CreateBooking_WhenAnotherAttendeeBooksPendingSlot_Returns400NotAvailable()
    {
        await CreateBookingOkAsync(BookingRequests.Valid(Start, SeedIds.RequiresConfirmation));

        using var response = await CreateBookingAsync(BookingRequests.Valid(Start, SeedIds.RequiresConfirmation, "bob@example.com"));

        await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "BadRequestException");
    }

    [Test]
    public async Task CreateBooking_Anonymously_IsAllowed()
    {
        using var response = await CreateBookingAsync(BookingRequests.Valid(Start));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task CreateBooking_WithSandboxKey_Returns201()
    {
        using var response = await CreateBookingAsync(BookingRequests.Valid(Start), Server.ApiKey);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }
}
