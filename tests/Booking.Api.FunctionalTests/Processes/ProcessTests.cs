using System.Net;
using System.Text.Json.Nodes;
using Booking.Api.FunctionalTests.Infrastructure;
using Booking.CalComSandbox;
using Booking.TestSupport;

namespace Booking.Api.FunctionalTests.Processes;

/// <summary>Behaviour that needs real API processes: several instances sharing Redis, its logs, and SIGTERM.</summary>
public sealed class ProcessTests
{
    private static Dictionary<string, string> LiveOn(CalComSandboxServer calCom) => new()
    {
        ["CalCom__Mode"] = "Live",
        ["CalCom__BaseUrl"] = calCom.V2BaseAddress.ToString(),
        ["CalCom__ApiKey"] = calCom.ApiKey,
        ["InboundRateLimit__PermitsPerMinute"] = "100000",
        ["LOG_LEVEL"] = "warning",
    };

    private static Task<CalComSandboxServer> StartCalComAsync() =>
        CalComSandboxServer.StartAsync(new SandboxOptions { RateLimitPerWindow = 100_000 });

    [Test]
    public async Task OneIdempotencyKey_ThreeInstancesSharingRedis_BooksOnceAndAnswersAllAlike()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var calCom = await StartCalComAsync();
        var environment = LiveOn(calCom);
        environment["Idempotency__Redis"] = redis.Configuration;
        var instances = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => ApiProcess.StartAsync(environment)));
        try
        {
            var body = Requests.ValidBody().ToJsonString();
            var key = Guid.NewGuid().ToString();

            var answers = await Task.WhenAll(Enumerable.Range(0, 30)
                .Select(i => ReserveUntilFinalAsync(instances[i % instances.Length].BaseAddress, body, key)));

            Assert.Multiple(() =>
            {
                Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(HttpStatusCode.Created));
                Assert.That(answers.Select(a => a.Body).Distinct().Count(), Is.EqualTo(1), "30 identical bodies");
                Assert.That(calCom.BookingCount, Is.EqualTo(1), "exactly one booking in Cal.com");
            });
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    /// <summary>A well-behaved client: while the key is in use it waits Retry-After and asks again.</summary>
    private static async Task<(HttpStatusCode Status, string Body)> ReserveUntilFinalAsync(Uri api, string body, string key)
    {
        using var http = new HttpClient { BaseAddress = api };
        for (var attempt = 0; attempt < 60; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, Requests.ReservePath) { Content = Requests.Json(body) };
            request.Headers.Add("Idempotency-Key", key);
            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.Conflict || !text.Contains("IDEMPOTENCY_KEY_IN_USE", StringComparison.Ordinal))
            {
                return (response.StatusCode, text);
            }

            await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
        }

        throw new TimeoutException("The key stayed in use.");
    }

    [Test]
    public async Task DebugLogs_NeverShowTheKeyOrTheAttendeesEmailPhoneOrName()
    {
        await using var calCom = await StartCalComAsync();
        var environment = LiveOn(calCom);
        environment["LOG_LEVEL"] = "debug";
        await using var api = await ApiProcess.StartAsync(environment);
        using var http = new HttpClient { BaseAddress = api.BaseAddress };
        var body = Requests.ValidBody();
        body["attendee"] = new JsonObject { ["name"] = "Priscilla Quartermaine", ["email"] = "priscilla.q@private-mail.example" };
        body["metadata"] = new JsonObject { ["callback"] = "+44 20 7946 0958", ["notes"] = "Call +1 (555) 010-9999 first" };

        using (var booked = await http.PostAsync(Requests.ReservePath, Requests.Json(body)))
        {
            Assert.That(booked.StatusCode, Is.EqualTo(HttpStatusCode.Created), await booked.Content.ReadAsStringAsync());
        }

        using (var taken = await http.PostAsync(Requests.ReservePath, Requests.Json(body)))
        {
            Assert.That(taken.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        }

        api.Terminate();
        await api.WaitForExitAsync(TimeSpan.FromSeconds(30));
        var log = string.Join('\n', api.Output);

        Assert.That(log, Does.Contain("Cal.com request POST"), "debug traffic logging was on and logged the booking");
        Assert.Multiple(() =>
        {
            Assert.That(log, Does.Not.Contain(calCom.ApiKey));
            Assert.That(log, Does.Not.Contain("priscilla.q@private-mail.example").IgnoreCase);
            Assert.That(log, Does.Not.Contain("private-mail").IgnoreCase);
            Assert.That(log, Does.Not.Contain("Priscilla").IgnoreCase);
            Assert.That(log, Does.Not.Contain("7946 0958").And.Not.Contain("79460958"));
            Assert.That(log, Does.Not.Contain("010-9999").And.Not.Contain("0109999"));
        });
    }

    [TestCase("text")]
    [TestCase("json")]
    public async Task Logs_OfARequestWithAForgedLineInItsPath_StayOneLinePerEvent(string format)
    {
        await using var calCom = await StartCalComAsync();
        var environment = LiveOn(calCom);
        environment["LOG_LEVEL"] = "info";
        environment["LOG_FORMAT"] = format;
        await using var api = await ApiProcess.StartAsync(environment);
        using var http = new HttpClient { BaseAddress = api.BaseAddress };

        using (await http.GetAsync(Observability.LogEscapingTests.ForgingPath.TrimStart('/')))
        {
        }

        api.Terminate();
        await api.WaitForExitAsync(TimeSpan.FromSeconds(30));
        var output = api.Output;

        Assert.That(output, Has.Some.Contains("FORGED"), "the request was logged");
        Assert.Multiple(() =>
        {
            Assert.That(output, Has.None.StartsWith("[14:00:00.000 ERR]"));
            Assert.That(string.Concat(output).Where(Booking.Domain.Common.TextRules.IsHidden), Is.Empty);
            if (format == "json")
            {
                Assert.That(output.Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.ValueKind), Is.All.EqualTo(System.Text.Json.JsonValueKind.Object));
            }
        });
    }

    [Test]
    public async Task Sigterm_LetsTheBookingInFlightFinishAndRefusesNewConnections()
    {
        await using var calCom = await StartCalComAsync();
        var sandbox = new SandboxClient(calCom.BaseAddress);
        await sandbox.InjectFaultAsync(new { method = "POST", path = "/v2/bookings", kind = "delay", delayMs = 2000 });
        await using var api = await ApiProcess.StartAsync(LiveOn(calCom));
        using var http = new HttpClient { BaseAddress = api.BaseAddress };

        var inFlight = http.PostAsync(Requests.ReservePath, Requests.Json(Requests.ValidBody()));
        while (await sandbox.PendingFaultCountAsync() > 0)
        {
            await Task.Delay(10);
        }

        api.Terminate();

        Assert.That(await NewConnectionsAreRefusedAsync(api.BaseAddress), Is.True, "new connections are refused once stopping");
        using var response = await inFlight;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        Assert.That(await api.WaitForExitAsync(TimeSpan.FromSeconds(30)), Is.Zero);
        Assert.That(calCom.BookingCount, Is.EqualTo(1));
    }

    private static async Task<bool> NewConnectionsAreRefusedAsync(Uri api)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var fresh = new HttpClient { BaseAddress = api };
            try
            {
                using var _ = await fresh.GetAsync("/");
            }
            catch (HttpRequestException)
            {
                return true;
            }

            await Task.Delay(10);
        }

        return false;
    }
}
