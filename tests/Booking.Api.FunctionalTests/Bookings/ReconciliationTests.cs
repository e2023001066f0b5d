using System.Net;
using System.Text.Json.Nodes;
using Booking.Api.FunctionalTests.Infrastructure;

namespace Booking.Api.FunctionalTests.Bookings;

/// <summary>
/// A lost response no longer leads to a double booking or a 5xx: after a booking POST ends without a clear answer the
/// API looks the booking up on Cal.com (the sandbox) and sends it once more only when it is not there (ADR 7).
/// </summary>
public sealed class ReconciliationTests
{
    private static BookingApiFactory factory = null!;
    private static HttpClient client = null!;

    [OneTimeSetUp]
    public static void StartApi()
    {
        factory = new BookingApiFactory(new Dictionary<string, string?>
        {
            ["CalCom:AttemptTimeout"] = "00:00:01",
            ["CalCom:TotalTimeout"] = "00:00:05",
        });
        client = factory.CreateClient();
    }

    [OneTimeTearDown]
    public static async Task StopApi()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    [SetUp]
    public Task EmptySandbox() => factory.Sandbox.ResetAsync();

    [Test]
    public async Task Reserve_WhenCalComBooksButTheResponseIsLost_Returns201WithThatBooking()
    {
        await InjectOnBookingPostAsync(new { method = "POST", path = "/v2/bookings", kind = "lostResponse" });

        using var response = await client.ReserveAsync(Requests.ValidBody());

        await AssertBookedOnceAsync(response, "confirmed");
        Assert.That(await CalComCallsAsync(), Is.EqualTo(new[] { "POST /v2/bookings", "GET /v2/bookings" }), "found, so not sent again");
    }

    [Test]
    public async Task Reserve_WhenTheBookingAwaitsConfirmationAndTheResponseIsLost_Returns201Pending()
    {
        await InjectOnBookingPostAsync(new { method = "POST", path = "/v2/bookings", kind = "lostResponse" });

        using var response = await client.ReserveAsync(Requests.ValidBody(eventTypeId: "3139333"));

        await AssertBookedOnceAsync(response, "pending");
    }

    [Test]
    public async Task Reserve_WhenTheConnectionDropsBeforeCalComBooks_Returns201AfterOneRepeat()
    {
        await InjectOnBookingPostAsync(new { method = "POST", path = "/v2/bookings", kind = "drop" });

        using var response = await client.ReserveAsync(Requests.ValidBody());

        await AssertBookedOnceAsync(response, "confirmed");
        Assert.That(await CalComCallsAsync(), Is.EqualTo(new[] { "POST /v2/bookings", "GET /v2/bookings", "POST /v2/bookings" }));
    }

    [Test]
    public async Task Reserve_WhenCalComFailsOnceWith500_Returns201AfterOneRepeat()
    {
        await InjectOnBookingPostAsync(new
        {
            method = "POST", path = "/v2/bookings", kind = "status", status = 500,
            body = new { statusCode = 500, message = "Internal server error" },
        });

        using var response = await client.ReserveAsync(Requests.ValidBody());

        await AssertBookedOnceAsync(response, "confirmed");
    }

    [Test]
    public async Task Reserve_WhenCalComBooksButItsReplyIsUnreadable_Returns201WithThatBooking()
    {
        await InjectOnBookingPostAsync(new { method = "POST", path = "/v2/bookings", kind = "malformed" });

        using var response = await client.ReserveAsync(Requests.ValidBody());

        await AssertBookedOnceAsync(response, "confirmed");
    }

    [Test]
    public async Task Reserve_WhenCalComIsSlowerThanTheAttemptTimeout_Returns201AndCalComKeepsOneBooking()
    {
        // The slow first attempt still books after we gave up on it; the repeat gets there first, and the slow
        // one then loses Cal.com's uniqueness check (booking_conflict_error).
        await InjectOnBookingPostAsync(new { method = "POST", path = "/v2/bookings", kind = "delay", delayMs = 2500 });

        using var response = await client.ReserveAsync(Requests.ValidBody());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        await WaitForBookingPostsToFinishAsync(expected: 2);
        Assert.That(await factory.Sandbox.BookingCountAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task Reserve_LooksTheBookingUpByEventTypeAttendeeAndStart()
    {
        await InjectOnBookingPostAsync(new { method = "POST", path = "/v2/bookings", kind = "lostResponse" });
        var body = Requests.ValidBody();

        using var response = await client.ReserveAsync(body);

        var lookup = (await factory.Sandbox.RequestsAsync()).Single(request => (string?)request["method"] == "GET" && (string?)request["path"] == "/v2/bookings");
        Assert.Multiple(() =>
        {
            Assert.That((string?)lookup["query"], Does.Contain("eventTypeId=3139331").And.Contain("attendeeEmail=jane.smith%40example.com")
                .And.Contain("afterStart=" + Uri.EscapeDataString(body["start"]!.GetValue<string>())));
            Assert.That((string?)lookup["calApiVersion"], Is.EqualTo("2024-08-13"));
            Assert.That((bool?)lookup["hasAuthorization"], Is.True);
        });
    }

    private static Task InjectOnBookingPostAsync(object fault) => factory.Sandbox.InjectFaultAsync(fault);

    private static async Task AssertBookedOnceAsync(HttpResponseMessage response, string status)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var json = await response.ReadJsonAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(json.GetProperty("status").GetString(), Is.EqualTo(status));
            Assert.That(json.GetProperty("reservationId").GetString(), Is.Not.Empty);
            Assert.That(await factory.Sandbox.BookingCountAsync(), Is.EqualTo(1), "exactly one booking in Cal.com");
        });
    }

    private static async Task<IReadOnlyList<string>> CalComCallsAsync() =>
        (await factory.Sandbox.RequestsAsync())
            .Where(request => ((string?)request["path"])?.StartsWith("/v2/bookings", StringComparison.Ordinal) == true)
            .Select(request => $"{request["method"]} {request["path"]}")
            .ToList();

    // The sandbox logs a request when it has finished with it; the slow attempt finishes after our answer.
    private static async Task WaitForBookingPostsToFinishAsync(int expected)
    {
        for (var poll = 0; poll < 200; poll++)
        {
            var posts = (await factory.Sandbox.RequestsAsync()).Count(request => (string?)request["method"] == "POST");
            if (posts >= expected)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"The sandbox did not finish {expected} booking requests.");
    }
}
