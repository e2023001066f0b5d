using System.Net;
using Booking.Api.Errors;
using Booking.Api.FunctionalTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Booking.Api.FunctionalTests.Security;

/// <summary>API keys, per-client rate limits, CORS and security headers, each with the API configured for it.</summary>
public sealed class InboundProtectionTests
{
    private const string KeyA = "client-a-secret-key-0123456789";
    private const string KeyB = "client-b-secret-key-9876543210";

    private static async Task<HttpResponseMessage> SendAsync(BookingApiFactory factory, HttpRequestMessage request)
    {
        using var client = factory.CreateClient();
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static HttpRequestMessage Reserve(string? apiKey = null, string? idempotencyKey = null, System.Text.Json.Nodes.JsonNode? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Requests.ReservePath) { Content = Requests.Json(body ?? Requests.ValidBody()) };
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return request;
    }

    private static BookingApiFactory WithApiKeys() => new(new Dictionary<string, string?>
    {
        ["Auth:ApiKeys:0"] = KeyA,
        ["Auth:ApiKeys:1"] = KeyB,
    });

    [Test]
    public async Task Reserve_WhenKeysConfiguredAndNoneSent_Returns401Unauthorized()
    {
        await using var factory = WithApiKeys();
        using var response = await SendAsync(factory, Reserve());

        var error = await response.AssertErrorAsync(HttpStatusCode.Unauthorized, ErrorTable.Unauthorized.Code);
        Assert.That(error.GetProperty("details").GetString(), Does.Contain("X-Api-Key"));
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.Contain("X-Api-Key"));
    }

    [TestCase("wrong-key")]
    [TestCase(KeyA + "x")]
    [TestCase("client-a-secret-key-012345678")]
    public async Task Reserve_WhenKeyWrong_Returns401Unauthorized(string key)
    {
        await using var factory = WithApiKeys();
        using var response = await SendAsync(factory, Reserve(key));

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, ErrorTable.Unauthorized.Code);
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain(key));
    }

    [Test]
    public async Task WrongKeys_FromOneAddress_AreRefusedWith429AfterTheLimit_EvenWithTheRightKey()
    {
        await using var factory = new BookingApiFactory(new Dictionary<string, string?>
        {
            ["Auth:ApiKeys:0"] = KeyA,
            ["Auth:FailedAttemptsPerMinute"] = "3",
        });

        var wrong = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var response = await SendAsync(factory, Reserve("guess-" + attempt));
            wrong.Add(response.StatusCode);
        }

        using var refused = await SendAsync(factory, Reserve(KeyA));

        Assert.That(wrong, Is.All.EqualTo(HttpStatusCode.Unauthorized));
        var error = await refused.AssertErrorAsync(HttpStatusCode.TooManyRequests, ErrorTable.RateLimited.Code);
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(1)));
        Assert.That(error.GetProperty("details").GetString(), Does.Contain("X-Api-Key"));
    }

    [Test]
    public async Task WrongKeys_AreLoggedInAggregate_NotOneLineEach()
    {
        var sink = new CapturingLogSink();
        await using var factory = new BookingApiFactory(
            new Dictionary<string, string?> { ["Auth:ApiKeys:0"] = KeyA, ["Auth:FailedAttemptsPerMinute"] = "10", ["LOG_LEVEL"] = "info" },
            services => services.AddSingleton<Serilog.Core.ILogEventSink>(sink));

        for (var attempt = 0; attempt < 30; attempt++)
        {
            using var _ = await SendAsync(factory, new HttpRequestMessage(HttpMethod.Get, "/api/bookings/abc") { Headers = { { "X-Api-Key", "guess-" + attempt } } });
        }

        using (await SendAsync(factory, new HttpRequestMessage(HttpMethod.Get, "/api/nothing-here") { Headers = { { "X-Api-Key", KeyA } } }))
        {
            for (var wait = 0; wait < 200 && !sink.Events.Any(e => e.RenderMessage().Contains("/api/nothing-here", StringComparison.Ordinal)); wait++)
            {
                await Task.Delay(10);
            }
        }

        var lines = sink.Events.Select(e => e.RenderMessage()).Where(line => !line.Contains("/api/nothing-here", StringComparison.Ordinal)).ToList();
        Assert.That(lines.Where(line => line.Contains("/api/bookings/abc", StringComparison.Ordinal)), Is.Empty, "no request line per attempt");
        Assert.That(lines.Where(line => line.Contains("missing or wrong API key", StringComparison.Ordinal)).ToList(), Has.Count.EqualTo(2),
            "the first failure of the minute and the moment the address is refused: " + string.Join(" | ", lines));
        Assert.That(lines, Has.Some.Contains("10 missing or wrong API keys"));
    }

    [Test]
    public async Task Reserve_WhenKeyRight_Books()
    {
        await using var factory = WithApiKeys();
        using var response = await SendAsync(factory, Reserve(KeyB));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task NonApiRoutes_DoNotNeedAKey()
    {
        await using var factory = WithApiKeys();
        using var response = await SendAsync(factory, new HttpRequestMessage(HttpMethod.Get, "/not-an-api-route"));

        await response.AssertErrorAsync(HttpStatusCode.NotFound, ErrorTable.NotFound.Code);
    }

    [Test]
    public async Task IdempotencyKeys_AreScopedPerClient()
    {
        await using var factory = WithApiKeys();
        var body = Requests.ValidBody();

        using var fromA = await SendAsync(factory, Reserve(KeyA, "shared-key", body));
        using var fromB = await SendAsync(factory, Reserve(KeyB, "shared-key", body));

        Assert.That(fromA.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        // B's request ran for itself (not a replay of A's booking), and found A's booking in the slot.
        await fromB.AssertErrorAsync(HttpStatusCode.Conflict, ErrorTable.SlotUnavailable.Code);
        Assert.That(fromB.Headers.Contains("Idempotent-Replayed"), Is.False);
    }

    [Test]
    public async Task Reserve_OverTheClientsRateLimit_Returns429WithRetryAfter()
    {
        await using var factory = new BookingApiFactory(new Dictionary<string, string?> { ["InboundRateLimit:PermitsPerMinute"] = "2" });

        using var first = await SendAsync(factory, Reserve());
        using var second = await SendAsync(factory, Reserve());
        using var third = await SendAsync(factory, Reserve());

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        await third.AssertErrorAsync(HttpStatusCode.TooManyRequests, ErrorTable.RateLimited.Code);
        Assert.That(third.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(1)));
    }

    [Test]
    public async Task Reserve_OverTheClientsRateLimit_SaysTheSecondsUntilItsWindowCloses()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = new BookingApiFactory(
            new Dictionary<string, string?> { ["InboundRateLimit:PermitsPerMinute"] = "2" },
            services => services.AddSingleton<TimeProvider>(clock));

        using var first = await SendAsync(factory, new HttpRequestMessage(HttpMethod.Get, "/api/bookings/not*an*id"));
        clock.Advance(TimeSpan.FromSeconds(30));
        using var second = await SendAsync(factory, new HttpRequestMessage(HttpMethod.Get, "/api/bookings/not*an*id"));
        clock.Advance(TimeSpan.FromSeconds(15));
        using var third = await SendAsync(factory, new HttpRequestMessage(HttpMethod.Get, "/api/bookings/not*an*id"));

        Assert.That((first.StatusCode, second.StatusCode), Is.EqualTo((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest)));
        var error = await third.AssertErrorAsync(HttpStatusCode.TooManyRequests, ErrorTable.RateLimited.Code);
        Assert.That(third.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(15)), "the window opened 45 s ago");
        Assert.That(error.GetProperty("details").GetString(), Does.Contain("retry after 15 s"));
    }

    [Test]
    public async Task RateLimits_ArePerClient()
    {
        await using var factory = new BookingApiFactory(new Dictionary<string, string?>
        {
            ["Auth:ApiKeys:0"] = KeyA,
            ["Auth:ApiKeys:1"] = KeyB,
            ["InboundRateLimit:PermitsPerMinute"] = "1",
        });

        using var fromA = await SendAsync(factory, Reserve(KeyA));
        using var againFromA = await SendAsync(factory, Reserve(KeyA));
        using var fromB = await SendAsync(factory, Reserve(KeyB));

        Assert.That(fromA.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(againFromA.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(fromB.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task Cors_AllowsOnlyConfiguredOrigins()
    {
        await using var factory = new BookingApiFactory(new Dictionary<string, string?> { ["Cors:AllowedOrigins:0"] = "https://app.example.com" });

        using var allowed = await SendAsync(factory, Preflight("https://app.example.com"));
        using var other = await SendAsync(factory, Preflight("https://evil.example.net"));

        Assert.That(allowed.Headers.GetValues("Access-Control-Allow-Origin").Single(), Is.EqualTo("https://app.example.com"));
        Assert.That(allowed.Headers.GetValues("Access-Control-Allow-Headers").Single(), Does.Contain("Idempotency-Key").IgnoreCase);
        Assert.That(other.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }

    [Test]
    public async Task Cors_AllowsNothingByDefault()
    {
        await using var factory = new BookingApiFactory();
        using var response = await SendAsync(factory, Preflight("https://app.example.com"));

        Assert.That(response.Headers.Contains("Access-Control-Allow-Origin"), Is.False);
    }

    [Test]
    public async Task Responses_CarrySecurityHeaders()
    {
        await using var factory = new BookingApiFactory();
        using var response = await SendAsync(factory, Reserve());

        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
            Assert.That(response.Headers.GetValues("X-Frame-Options").Single(), Is.EqualTo("DENY"));
            Assert.That(response.Headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("no-referrer"));
            Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("default-src 'none'"));
            Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        });
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, Requests.ReservePath);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,idempotency-key");
        return request;
    }
}
