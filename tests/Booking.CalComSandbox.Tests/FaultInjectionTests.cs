using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Booking.CalComSandbox.Tests.Support;

namespace Booking.CalComSandbox.Tests;

public sealed class FaultInjectionTests : SandboxTestBase
{
    private const string Start = "2030-01-08T13:00:00Z";

    [Test]
    public async Task StatusFault_AnswersVerbatimWithoutBooking()
    {
        await QueueFaultAsync(new JsonObject
        {
            ["method"] = "POST",
            ["path"] = "/v2/bookings",
            ["kind"] = "status",
            ["status"] = 503,
            ["body"] = new JsonObject { ["message"] = "upstream down", ["nested"] = new JsonArray(1, 2) },
            ["headers"] = new JsonObject { ["X-RateLimit-Reset-Default"] = "30" },
        });

        using var response = await CreateBookingAsync(BookingRequests.Valid(Start));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(body, Is.EqualTo("{\"message\":\"upstream down\",\"nested\":[1,2]}"));
            Assert.That(response.Headers.GetValues("X-RateLimit-Reset-Default").Single(), Is.EqualTo("30"));
            Assert.That(Server.BookingCount, Is.Zero);
        });
    }

    [Test]
    public async Task Fault_IsUsedOnceByDefaultThenRequestsBehaveNormally()
    {
        await QueueFaultAsync(new JsonObject { ["path"] = "/v2/bookings", ["kind"] = "status", ["status"] = 500 });

        using var faulted = await CreateBookingAsync(BookingRequests.Valid(Start));
        using var normal = await CreateBookingAsync(BookingRequests.Valid(Start));

        Assert.Multiple(() =>
        {
            Assert.That(faulted.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(normal.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        });
    }

    [Test]
    public async Task Fault_WithTimes_AppliesThatManyTimes()
    {
        await QueueFaultAsync(new JsonObject { ["path"] = "/v2/bookings", ["kind"] = "status", ["status"] = 502, ["times"] = 2 });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await CreateBookingAsync(BookingRequests.Valid(Start));
            statuses.Add(response.StatusCode);
        }

        Assert.That(statuses, Is.EqualTo(new[] { HttpStatusCode.BadGateway, HttpStatusCode.BadGateway, HttpStatusCode.Created }));
    }

    [Test]
    public async Task Fault_WithPathPrefixAndMethod_MatchesOnlyThoseRequests()
    {
        var uid = (string)(await CreateBookingOkAsync(BookingRequests.Valid(Start)))["uid"]!;
        await QueueFaultAsync(new JsonObject { ["method"] = "GET", ["path"] = "/v2/bookings/", ["kind"] = "status", ["status"] = 504 });

        using var otherMethod = await CreateBookingAsync(BookingRequests.Valid("2030-01-09T13:00:00Z"));
        using var matching = await SendAsync(HttpMethod.Get, $"/v2/bookings/{uid}", version: Versions.Bookings);

        Assert.Multiple(() =>
        {
            Assert.That(otherMethod.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(matching.StatusCode, Is.EqualTo(HttpStatusCode.GatewayTimeout));
        });
    }

    [Test]
    public async Task DelayFault_WaitsThenHandlesTheRequestNormally()
    {
        await QueueFaultAsync(new JsonObject { ["path"] = "/v2/bookings", ["kind"] = "delay", ["delayMs"] = 300 });

        var stopwatch = Stopwatch.StartNew();
        using var response = await CreateBookingAsync(BookingRequests.Valid(Start));
        stopwatch.Stop();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(stopwatch.ElapsedMilliseconds, Is.GreaterThanOrEqualTo(280));
            Assert.That(Server.BookingCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task DelayFault_OnRejectedRequest_StillDelaysTheAnswer()
    {
        await QueueFaultAsync(new JsonObject { ["path"] = "/v2/bookings", ["kind"] = "delay", ["delayMs"] = 300 });

        var stopwatch = Stopwatch.StartNew();
        using var response = await CreateBookingAsync(BookingRequests.Valid(Start).With("foo", 1));
        stopwatch.Stop();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(stopwatch.ElapsedMilliseconds, Is.GreaterThanOrEqualTo(280));
        });
    }

    [Test]
    public async Task DelayFault_WhenClientGivesUp_BookingIsStillMadeAsCalComWould()
    {
        await QueueFaultAsync(new JsonObject { ["path"] = "/v2/bookings", ["kind"] = "delay", ["delayMs"] = 600 });
        using var impatient = new HttpClient { BaseAddress = Server.BaseAddress, Timeout = TimeSpan.FromMilliseconds(150) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "v2/bookings")
        {
            Content = new StringContent(BookingRequests.Valid(Start).ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("cal-api-version", Versions.Bookings);

        Assert.That(async () => await impatient.SendAsync(request), Throws.InstanceOf<TaskCanceledException>());
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (Server.BookingCount == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.That(Server.BookingCount, Is.EqualTo(1));
    }

    [Test]
    public async Task DropFault_ClosesTheConnectionWithoutBooking()
    {
        await QueueFaultAsync(new JsonObject { ["path"] = "/v2/bookings", ["kind"] = "drop" });

        Assert.That(async () => await CreateBookingAsync(BookingRequests.Valid(Start)), Throws.InstanceOf<HttpRequestException>());
        Assert.That(Server.BookingCount, Is.Zero);
    }

    [Test]
    public async Task LostResponseFault_MakesTheBookingThenClosesTheConnection()
    {
        await QueueFaultAsync(new JsonObject { ["method"] = "POST", ["path"] = "/v2/bookings", ["kind"] = "lostResponse" });

        Assert.That(async () => await CreateBookingAsync(BookingRequests.Valid(Start)), Throws.InstanceOf<HttpRequestException>());
        Assert.That(Server.BookingCount, Is.EqualTo(1));
        using var retry = await CreateBookingAsync(BookingRequests.Valid(Start));
        var message = await AssertEnvelopeAsync(retry, HttpStatusCode.BadRequest, "BadRequestException");
        Assert.That(message, Is.EqualTo("User either already has booking at this time or is not available"));
    }

    [Test]
    public async Task MalformedFault_AnswersSuccessStatusWithUnparseableBody()
    {
        await QueueFaultAsync(new JsonObject { ["path"] = "/v2/bookings", ["kind"] = "malformed" });

        using var response = await CreateBookingAsync(BookingRequests.Valid(Start));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That(() => JsonDocument.Parse(body), Throws.InstanceOf<JsonException>());
        });
    }

    [Test]
    public async Task QueueFault_WithUnknownKind_Returns400()
    {
        using var response = await SendAsync(HttpMethod.Post, "/_sandbox/faults", new JsonObject { ["path"] = "/v2/bookings", ["kind"] = "explode" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task QueueFault_WithMalformedJson_Returns400()
    {
        using var response = await SendAsync(HttpMethod.Post, "/_sandbox/faults", rawBody: "{\"kind\":");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Reset_ClearsBookingsAndQueuedFaults()
    {
        await CreateBookingOkAsync(BookingRequests.Valid(Start));
        await QueueFaultAsync(new JsonObject { ["path"] = "/v2/bookings", ["kind"] = "status", ["status"] = 500 });

        using (var reset = await SendAsync(HttpMethod.Post, "/_sandbox/reset"))
        {
            Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        Assert.That(await BookingCountAsync(), Is.Zero);
        using var response = await CreateBookingAsync(BookingRequests.Valid(Start));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task BookingsCount_CountsEveryStatus()
    {
        var uid = (string)(await CreateBookingOkAsync(BookingRequests.Valid(Start)))["uid"]!;
        using (await SendAsync(HttpMethod.Post, $"/v2/bookings/{uid}/cancel", new JsonObject(), Versions.Bookings))
        {
        }

        await CreateBookingOkAsync(BookingRequests.Valid(Start, SeedIds.RequiresConfirmation, "bob@example.com"));

        var countFromApi = await BookingCountAsync();

        Assert.Multiple(() =>
        {
            Assert.That(countFromApi, Is.EqualTo(2));
            Assert.That(Server.BookingCount, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task RequestLog_RecordsRequestsWithoutTheKey()
    {
        using (var request = new HttpRequestMessage(HttpMethod.Post, "v2/bookings"))
        {
            request.Headers.Add("cal-api-version", Versions.Bookings);
            request.Headers.Add("x-correlation-id", "corr-123");
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Server.ApiKey);
            request.Content = new StringContent(BookingRequests.Valid(Start).ToJsonString(), System.Text.Encoding.UTF8, "application/json");
            using var response = await Http.SendAsync(request);
        }

        using (await SendAsync(HttpMethod.Get, "/v2/bookings/nope?x=1"))
        {
        }

        using var logResponse = await SendAsync(HttpMethod.Get, "/_sandbox/requests");
        var logText = await logResponse.Content.ReadAsStringAsync();
        var entries = JsonNode.Parse(logText)!["requests"]!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(entries, Has.Count.EqualTo(2));
            Assert.That((string?)entries[0]!["method"], Is.EqualTo("POST"));
            Assert.That((string?)entries[0]!["path"], Is.EqualTo("/v2/bookings"));
            Assert.That((string?)entries[0]!["calApiVersion"], Is.EqualTo(Versions.Bookings));
            Assert.That((bool)entries[0]!["hasAuthorization"]!, Is.True);
            Assert.That((string?)entries[0]!["correlationId"], Is.EqualTo("corr-123"));
            Assert.That((string?)entries[0]!["body"], Does.Contain("\"eventTypeId\":3139331"));
            Assert.That((int)entries[0]!["responseStatus"]!, Is.EqualTo(201));
            Assert.That((string?)entries[1]!["query"], Is.EqualTo("?x=1"));
            Assert.That((bool)entries[1]!["hasAuthorization"]!, Is.False);
            Assert.That(entries[1]!["calApiVersion"], Is.Null);
            Assert.That((int)entries[1]!["responseStatus"]!, Is.EqualTo(404));
            Assert.That(logText, Does.Not.Contain(Server.ApiKey));
        });
    }

    [Test]
    public async Task RequestLog_MarksResponsesThatWereNeverSent()
    {
        await QueueFaultAsync(new JsonObject { ["path"] = "/v2/bookings", ["kind"] = "lostResponse" });
        Assert.That(async () => await CreateBookingAsync(BookingRequests.Valid(Start)), Throws.InstanceOf<HttpRequestException>());

        using var logResponse = await SendAsync(HttpMethod.Get, "/_sandbox/requests");
        var entry = (await ReadJsonAsync(logResponse))["requests"]![0]!;

        Assert.Multiple(() =>
        {
            Assert.That((string?)entry["fault"], Is.EqualTo("lostResponse"));
            Assert.That(entry["responseStatus"], Is.Null);
        });
    }
}
