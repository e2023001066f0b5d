using System.Net;
using System.Text.Json.Nodes;
using Booking.CalComSandbox.Tests.Support;

namespace Booking.CalComSandbox.Tests;

public sealed class BookingLifecycleTests : SandboxTestBase
{
    private const string Start = "2030-01-08T13:00:00Z";

    [Test]
    public async Task GetBooking_WhenKnown_Returns200WithBooking()
    {
        var created = await CreateBookingOkAsync(BookingRequests.Valid(Start));

        using var response = await SendAsync(HttpMethod.Get, $"/v2/bookings/{created["uid"]}", version: Versions.Bookings);
        var json = await ReadJsonAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(json["data"]!.ToJsonString(), Is.EqualTo(created.ToJsonString()));
        });
    }

    [Test]
    public async Task GetBooking_WhenUnknown_Returns404NotFoundInDatabase()
    {
        using var response = await SendAsync(HttpMethod.Get, "/v2/bookings/nope", version: Versions.Bookings);

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.NotFound, "NotFoundException");
        Assert.That(message, Is.EqualTo("Booking with uid=nope was not found in the database"));
    }

    [Test]
    public async Task CancelBooking_AnonymouslyWithoutReason_Returns200Cancelled()
    {
        var uid = await CreateAsync(Start);

        using var response = await CancelAsync(uid, new JsonObject());
        var booking = (await ReadJsonAsync(response))["data"]!;

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)booking["status"], Is.EqualTo("cancelled"));
            Assert.That((string?)booking["cancelledByEmail"], Is.EqualTo("ann@example.com"));
        });
    }

    [Test]
    public async Task CancelBooking_AsHostWithReason_Returns200WithReasonAndHostEmail()
    {
        var uid = await CreateAsync(Start);

        using var response = await CancelAsync(uid, new JsonObject { ["cancellationReason"] = "Host is ill" }, Server.ApiKey);
        var booking = (await ReadJsonAsync(response))["data"]!;

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)booking["status"], Is.EqualTo("cancelled"));
            Assert.That((string?)booking["cancellationReason"], Is.EqualTo("Host is ill"));
            Assert.That((string?)booking["cancelledByEmail"], Is.EqualTo(SeedIds.HostEmail));
        });
    }

    [Test]
    public async Task CancelBooking_AsHostWithoutReason_Returns400InNestDefaultShape()
    {
        var uid = await CreateAsync(Start);

        using var response = await CancelAsync(uid, new JsonObject(), Server.ApiKey);
        var json = await ReadJsonAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(json.ToJsonString(), Is.EqualTo("{\"statusCode\":400,\"message\":\"Cancellation reason is required when you are the host\"}"));
        });
    }

    [Test]
    public async Task CancelBooking_WithUnknownProperty_Returns400()
    {
        var uid = await CreateAsync(Start);

        using var response = await CancelAsync(uid, new JsonObject { ["reason"] = "typo" });

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "BadRequestException");
        Assert.That(message, Is.EqualTo("reason property is wrong,property reason should not exist "));
    }

    [Test]
    public async Task CancelBooking_WhenUnknown_Returns404()
    {
        using var response = await CancelAsync("nope", new JsonObject());

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.NotFound, "NotFoundException");
        Assert.That(message, Is.EqualTo("Booking with uid=nope not found"));
    }

    [Test]
    public async Task CancelBooking_WhenAlreadyCancelled_Returns400()
    {
        var uid = await CreateAsync(Start);
        using (await CancelAsync(uid, new JsonObject()))
        {
        }

        using var response = await CancelAsync(uid, new JsonObject());

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "BadRequestException");
        Assert.That(message, Does.StartWith($"Can't cancel booking with uid={uid} because it has been cancelled already."));
    }

    [Test]
    public async Task CancelBooking_AfterItEnded_Returns400InNestDefaultShape()
    {
        var uid = await CreateAsync(Start);
        Clock.Set(new DateTimeOffset(2030, 1, 8, 14, 0, 0, TimeSpan.Zero));

        using var response = await CancelAsync(uid, new JsonObject());
        var json = await ReadJsonAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)json["message"], Is.EqualTo("Cannot cancel a booking that has already ended"));
        });
    }

    [Test]
    public async Task CancelBooking_FreesTheSlot()
    {
        var uid = await CreateAsync(Start);
        using (await CancelAsync(uid, new JsonObject()))
        {
        }

        var again = await CreateBookingOkAsync(BookingRequests.Valid(Start, email: "bob@example.com"));

        Assert.That((string?)again["status"], Is.EqualTo("accepted"));
    }

    [Test]
    public async Task RescheduleBooking_ToFreeSlot_Returns201NewBookingAndCancelsOld()
    {
        var oldUid = await CreateAsync(Start);

        using var response = await RescheduleAsync(
            oldUid, new JsonObject { ["start"] = "2030-01-09T10:00:00Z", ["reschedulingReason"] = "Clash", ["rescheduledBy"] = "ann@example.com" });
        var json = await ReadJsonAsync(response);
        var booking = json["data"]!;
        using var oldResponse = await SendAsync(HttpMethod.Get, $"/v2/bookings/{oldUid}", version: Versions.Bookings);
        var old = (await ReadJsonAsync(oldResponse))["data"]!;

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), json.ToJsonString());
            Assert.That((string?)booking["uid"], Is.Not.EqualTo(oldUid));
            Assert.That((string?)booking["status"], Is.EqualTo("accepted"));
            Assert.That((string?)booking["start"], Is.EqualTo("2030-01-09T10:00:00.000Z"));
            Assert.That((string?)booking["end"], Is.EqualTo("2030-01-09T10:30:00.000Z"));
            Assert.That((string?)booking["rescheduledFromUid"], Is.EqualTo(oldUid));
            Assert.That((string?)booking["reschedulingReason"], Is.EqualTo("Clash"));
            Assert.That((string?)old["status"], Is.EqualTo("cancelled"));
            Assert.That((string?)old["rescheduledToUid"], Is.EqualTo((string?)booking["uid"]));
            Assert.That(Server.BookingCount, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task RescheduleBooking_UsesEventTypeDefaultLength()
    {
        var created = await CreateBookingOkAsync(BookingRequests.Valid(Start, SeedIds.MultipleLengths).With("lengthInMinutes", 60));

        using var response = await RescheduleAsync((string)created["uid"]!, new JsonObject { ["start"] = "2030-01-09T10:00:00Z" });
        var booking = (await ReadJsonAsync(response))["data"]!;

        Assert.That((int)booking["duration"]!, Is.EqualTo(30));
    }

    [Test]
    public async Task RescheduleBooking_WithinItsOwnSlot_Succeeds()
    {
        var uid = await CreateAsync(Start);

        using var response = await RescheduleAsync(uid, new JsonObject { ["start"] = "2030-01-08T13:15:00Z" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task RescheduleBooking_ToSameStart_KeepsTheSlotForTheNewBooking()
    {
        var uid = await CreateAsync(Start);
        using (await RescheduleAsync(uid, new JsonObject { ["start"] = Start }))
        {
        }

        using var response = await CreateBookingAsync(BookingRequests.Valid(Start, email: "bob@example.com"));

        await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "BadRequestException");
    }

    [Test]
    public async Task RescheduleBooking_OldSlotIsFreedAfterwards()
    {
        var uid = await CreateAsync(Start);
        using (await RescheduleAsync(uid, new JsonObject { ["start"] = "2030-01-09T10:00:00Z" }))
        {
        }

        var again = await CreateBookingOkAsync(BookingRequests.Valid(Start, email: "bob@example.com"));

        Assert.That((string?)again["status"], Is.EqualTo("accepted"));
    }

    [Test]
    public async Task RescheduleBooking_WhenCancelled_Returns400()
    {
        var uid = await CreateAsync(Start);
        using (await CancelAsync(uid, new JsonObject()))
        {
        }

        using var response = await RescheduleAsync(uid, new JsonObject { ["start"] = "2030-01-09T10:00:00Z" });

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "BadRequestException");
        Assert.That(message, Does.StartWith($"Can't reschedule booking with uid={uid}"));
    }

    [Test]
    public async Task RescheduleBooking_ToBusySlot_Returns400NotAvailable()
    {
        var uid = await CreateAsync(Start);
        await CreateAsync("2030-01-09T10:00:00Z", "bob@example.com");

        using var response = await RescheduleAsync(uid, new JsonObject { ["start"] = "2030-01-09T10:00:00Z" });

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "BadRequestException");
        Assert.That(message, Is.EqualTo("User either already has booking at this time or is not available"));
    }

    [Test]
    public async Task RescheduleBooking_WithoutStart_Returns400()
    {
        var uid = await CreateAsync(Start);

        using var response = await RescheduleAsync(uid, new JsonObject { ["reschedulingReason"] = "x" });

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "BadRequestException");
        Assert.That(message, Is.EqualTo("start property is wrong,start must be a valid ISO 8601 date string "));
    }

    [Test]
    public async Task RescheduleBooking_WhenUnknown_Returns500InternalServerError()
    {
        using var response = await RescheduleAsync("nope", new JsonObject { ["start"] = "2030-01-09T10:00:00Z" });
        var json = await ReadJsonAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(json.ToJsonString(), Is.EqualTo("{\"statusCode\":500,\"message\":\"Internal server error\"}"));
        });
    }

    [Test]
    public async Task RescheduleBooking_OfPendingBookingByHost_ReturnsAccepted()
    {
        var created = await CreateBookingOkAsync(BookingRequests.Valid(Start, SeedIds.RequiresConfirmation));

        using var response = await RescheduleAsync(
            (string)created["uid"]!, new JsonObject { ["start"] = "2030-01-09T10:00:00Z", ["rescheduledBy"] = SeedIds.HostEmail });
        var booking = (await ReadJsonAsync(response))["data"]!;

        Assert.That((string?)booking["status"], Is.EqualTo("accepted"));
    }

    [Test]
    public async Task ListBookings_WithFilters_ReturnsMatchingBookingsAndPagination()
    {
        await CreateAsync("2030-01-08T10:00:00Z", "ann@example.com");
        await CreateAsync("2030-01-08T11:00:00Z", "ann@example.com");
        await CreateAsync("2030-01-08T12:00:00Z", "bob@example.com");
        await CreateBookingOkAsync(BookingRequests.Valid("2030-01-08T13:00:00Z", SeedIds.MultipleLengths, "ann@example.com"));

        var json = await ListAsync($"?attendeeEmail=ann@example.com&eventTypeId={SeedIds.ThirtyMinutes}&afterStart=2030-01-08T00:00:00Z&beforeEnd=2030-01-09T00:00:00Z");

        Assert.Multiple(() =>
        {
            Assert.That(json["data"]!.AsArray().Select(b => (string?)b!["start"]), Is.EqualTo(new[] { "2030-01-08T10:00:00.000Z", "2030-01-08T11:00:00.000Z" }));
            Assert.That((int)json["pagination"]!["totalItems"]!, Is.EqualTo(2));
            Assert.That((int)json["pagination"]!["itemsPerPage"]!, Is.EqualTo(100));
        });
    }

    [Test]
    public async Task ListBookings_WithTakeAndSkip_Paginates()
    {
        for (var hour = 9; hour < 14; hour++)
        {
            await CreateAsync($"2030-01-08T{hour:00}:00:00Z");
        }

        var json = await ListAsync("?take=2&skip=2");
        var pagination = json["pagination"]!;

        Assert.Multiple(() =>
        {
            Assert.That(json["data"]!.AsArray().Select(b => (string?)b!["start"]), Is.EqualTo(new[] { "2030-01-08T11:00:00.000Z", "2030-01-08T12:00:00.000Z" }));
            Assert.That((int)pagination["totalItems"]!, Is.EqualTo(5));
            Assert.That((int)pagination["remainingItems"]!, Is.EqualTo(1));
            Assert.That((int)pagination["returnedItems"]!, Is.EqualTo(2));
            Assert.That((int)pagination["itemsPerPage"]!, Is.EqualTo(2));
            Assert.That((int)pagination["currentPage"]!, Is.EqualTo(2));
            Assert.That((int)pagination["totalPages"]!, Is.EqualTo(3));
            Assert.That((bool)pagination["hasNextPage"]!, Is.True);
            Assert.That((bool)pagination["hasPreviousPage"]!, Is.True);
        });
    }

    [TestCase("upcoming", new[] { "accepted", "pending" })]
    [TestCase("unconfirmed", new[] { "pending" })]
    [TestCase("cancelled", new[] { "cancelled" })]
    [TestCase("past", new string[0])]
    public async Task ListBookings_ByStatus_FiltersByCalComStatusGroups(string status, string[] expected)
    {
        await CreateAsync("2030-01-08T10:00:00Z");
        await CreateBookingOkAsync(BookingRequests.Valid("2030-01-08T11:00:00Z", SeedIds.RequiresConfirmation));
        var cancelled = await CreateAsync("2030-01-08T12:00:00Z");
        using (await CancelAsync(cancelled, new JsonObject()))
        {
        }

        var json = await ListAsync($"?status={status}");

        Assert.That(json["data"]!.AsArray().Select(b => (string?)b!["status"]), Is.EqualTo(expected));
    }

    [Test]
    public async Task ListBookings_AfterBookingsEnded_ShowsThemAsPast()
    {
        await CreateAsync("2030-01-08T10:00:00Z");
        Clock.Set(new DateTimeOffset(2030, 1, 9, 0, 0, 0, TimeSpan.Zero));

        var json = await ListAsync("?status=past");

        Assert.That(json["data"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ListBookings_WithInvalidTake_Returns400()
    {
        using var response = await SendAsync(HttpMethod.Get, "/v2/bookings?take=0", version: Versions.Bookings, apiKey: Server.ApiKey);

        await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "BadRequestException");
    }

    private async Task<string> CreateAsync(string start, string email = "ann@example.com") =>
        (string)(await CreateBookingOkAsync(BookingRequests.Valid(start, email: email)))["uid"]!;

    private Task<HttpResponseMessage> CancelAsync(string uid, JsonObject body, string? apiKey = null) =>
        SendAsync(HttpMethod.Post, $"/v2/bookings/{uid}/cancel", body, Versions.Bookings, apiKey);

    private Task<HttpResponseMessage> RescheduleAsync(string uid, JsonObject body) =>
        SendAsync(HttpMethod.Post, $"/v2/bookings/{uid}/reschedule", body, Versions.Bookings);

    private async Task<JsonNode> ListAsync(string query)
    {
        using var response = await SendAsync(HttpMethod.Get, "/v2/bookings" + query, version: Versions.Bookings, apiKey: Server.ApiKey);
        var json = await ReadJsonAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
        return json;
    }
}
