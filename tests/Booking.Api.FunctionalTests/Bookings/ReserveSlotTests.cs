using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Booking.Api.FunctionalTests.Infrastructure;

namespace Booking.Api.FunctionalTests.Bookings;

public sealed class ReserveSlotTests : ApiFixture
{
    [Test]
    public async Task Reserve_WhenSlotFree_Returns201WithExactlyTheSpecBody()
    {
        var body = Requests.ValidBody();

        using var response = await Client.ReserveAsync(body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var json = await response.ReadJsonAsync();
        var reservationId = json.GetProperty("reservationId").GetString();
        Assert.Multiple(() =>
        {
            Assert.That(json.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "reservationId", "status", "eventDetails", "attendee" }));
            Assert.That(reservationId, Is.Not.Empty);
            Assert.That(json.GetProperty("status").GetString(), Is.EqualTo("confirmed"));
            Assert.That(json.GetProperty("eventDetails").ToString(), Is.EqualTo(
                $$"""{"start":"{{body["start"]}}","end":"{{body["end"]}}","eventTypeId":"3139331"}"""));
            Assert.That(json.GetProperty("attendee").ToString(), Is.EqualTo("""{"name":"Jane Smith","email":"jane.smith@example.com"}"""));
            Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/bookings/{reservationId}"));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        });
        Assert.That(await Factory.Sandbox.BookingCountAsync(), Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public async Task Reserve_SendsCalComTheVersionedBodyItExpects()
    {
        var body = Requests.ValidBody();
        body["metadata"] = new JsonObject { ["location"] = "Room A", ["notes"] = "Bring ID", ["seats"] = 3 };

        using var response = await Client.ReserveAsync(body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var sent = await Factory.Sandbox.LastBookingPostAsync();
        var sentBody = JsonNode.Parse((string)sent["body"]!)!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That((string?)sent["calApiVersion"], Is.EqualTo("2024-08-13"));
            Assert.That((bool?)sent["hasAuthorization"], Is.True);
            Assert.That(sentBody["eventTypeId"]!.GetValueKind(), Is.EqualTo(JsonValueKind.Number));
            Assert.That((int)sentBody["eventTypeId"]!, Is.EqualTo(3139331));
            Assert.That((string?)sentBody["start"], Is.EqualTo((string?)body["start"]));
            Assert.That(sentBody["attendee"]!.ToJsonString(),
                Is.EqualTo("""{"name":"Jane Smith","email":"jane.smith@example.com","timeZone":"America/New_York"}"""));
            Assert.That(sentBody.ContainsKey("lengthInMinutes"), Is.False, "3139331 has a single length");
            Assert.That((string?)sentBody["bookingFieldsResponses"]?["notes"], Is.EqualTo("Bring ID"));
            // Cal.com's booking core stores metadata values as text, so a number goes as its text (docs/calcom.md#metadata).
            Assert.That(sentBody["metadata"]!.ToJsonString(), Is.EqualTo("""{"location":"Room A","notes":"Bring ID","seats":"3"}"""));
        });
    }

    [Test]
    public async Task Reserve_WhenEventTypeIdIsANumber_AcceptsIt()
    {
        var body = Requests.ValidBody();
        body["eventTypeId"] = 3139331;

        using var response = await Client.ReserveAsync(body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        Assert.That((await response.ReadJsonAsync()).GetProperty("eventDetails").GetProperty("eventTypeId").GetString(), Is.EqualTo("3139331"));
    }

    [Test]
    public async Task Reserve_WhenTimezoneOmitted_BooksInUtc()
    {
        var body = Requests.ValidBody();
        body.Remove("timezone");

        using var response = await Client.ReserveAsync(body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var sent = JsonNode.Parse((string)(await Factory.Sandbox.LastBookingPostAsync())["body"]!)!;
        Assert.That((string?)sent["attendee"]!["timeZone"], Is.EqualTo("UTC"));
    }

    [Test]
    public async Task Reserve_WhenTimesHaveOffsets_ReportsThemInUtc()
    {
        var body = Requests.ValidBody();
        var start = DateTimeOffset.Parse((string)body["start"]!, System.Globalization.CultureInfo.InvariantCulture);
        body["start"] = start.ToOffset(TimeSpan.FromHours(-5)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        body["end"] = start.AddMinutes(30).ToOffset(TimeSpan.FromHours(2)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

        using var response = await Client.ReserveAsync(body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        Assert.That((await response.ReadJsonAsync()).GetProperty("eventDetails").GetProperty("start").GetString(),
            Is.EqualTo(Slots.Format(start.UtcDateTime)));
    }

    [Test]
    public async Task Reserve_WhenHostMustConfirm_Returns201Pending()
    {
        using var response = await Client.ReserveAsync(Requests.ValidBody(eventTypeId: "3139333"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        Assert.That((await response.ReadJsonAsync()).GetProperty("status").GetString(), Is.EqualTo("pending"));
    }

    [Test]
    public async Task Reserve_WhenEventTypeOffersSeveralLengths_BooksTheChosenOne()
    {
        using var response = await Client.ReserveAsync(Requests.ValidBody(eventTypeId: "3139332", minutes: 60));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var sent = JsonNode.Parse((string)(await Factory.Sandbox.LastBookingPostAsync())["body"]!)!;
        Assert.That((int?)sent["lengthInMinutes"], Is.EqualTo(60));
        var details = (await response.ReadJsonAsync()).GetProperty("eventDetails");
        var booked = DateTimeOffset.Parse(details.GetProperty("end").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            - DateTimeOffset.Parse(details.GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(booked, Is.EqualTo(TimeSpan.FromMinutes(60)));
    }

    [Test]
    public async Task Reserve_WhenEventTypeTakesAttendeeLocation_SendsTheLocation()
    {
        var body = Requests.ValidBody(eventTypeId: "3139335", minutes: 45);
        body["metadata"] = new JsonObject { ["location"] = "Conference Room A, 2nd Floor" };

        using var response = await Client.ReserveAsync(body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var sent = JsonNode.Parse((string)(await Factory.Sandbox.LastBookingPostAsync())["body"]!)!;
        Assert.That(sent["location"]!.ToJsonString(), Is.EqualTo("""{"type":"attendeeDefined","location":"Conference Room A, 2nd Floor"}"""));
    }

    [Test]
    public async Task Reserve_EchoesASaneCorrelationIdAndForwardsItToCalCom()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Requests.ReservePath) { Content = Requests.Json(Requests.ValidBody()) };
        request.Headers.Add("x-correlation-id", "order-42.attempt-1");

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(response.Headers.GetValues("x-correlation-id").Single(), Is.EqualTo("order-42.attempt-1"));
        Assert.That((string?)(await Factory.Sandbox.LastBookingPostAsync())["correlationId"], Is.EqualTo("order-42.attempt-1"));
    }

    [TestCase("has spaces in it")]
    [TestCase("<script>")]
    public async Task Reserve_WhenCorrelationIdIsNotSane_ReplacesIt(string unsafeId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Requests.ReservePath) { Content = Requests.Json(Requests.ValidBody()) };
        request.Headers.TryAddWithoutValidation("x-correlation-id", unsafeId);

        using var response = await Client.SendAsync(request);

        var echoed = response.Headers.GetValues("x-correlation-id").Single();
        Assert.That(echoed, Is.Not.EqualTo(unsafeId).And.Match("^[0-9a-f]{32}$"));
    }

    [Test]
    public async Task Reserve_WhenCorrelationIdTooLong_ReplacesIt()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Requests.ReservePath) { Content = Requests.Json(Requests.ValidBody()) };
        request.Headers.Add("x-correlation-id", new string('a', 129));

        using var response = await Client.SendAsync(request);

        Assert.That(response.Headers.GetValues("x-correlation-id").Single(), Has.Length.EqualTo(32));
    }
}
