using System.Net;
using Booking.CalComSandbox.Tests.Support;

namespace Booking.CalComSandbox.Tests;

public sealed class RateLimitTests : SandboxTestBase
{
    private const int Limit = 3;

    protected override SandboxOptions CreateOptions() =>
        new() { TimeProvider = Clock, RateLimitPerWindow = Limit, RateLimitWindow = TimeSpan.FromSeconds(60) };

    [Test]
    public async Task EveryResponse_CarriesDefaultRateLimitHeadersWithoutRetryAfter()
    {
        using var response = await GetBookingAsync(Server.ApiKey);

        Assert.Multiple(() =>
        {
            Assert.That(Header(response, "X-RateLimit-Limit-Default"), Is.EqualTo("3"));
            Assert.That(Header(response, "X-RateLimit-Remaining-Default"), Is.EqualTo("2"));
            Assert.That(Header(response, "X-RateLimit-Reset-Default"), Is.EqualTo("60"));
            Assert.That(response.Headers.Contains("Retry-After"), Is.False);
            Assert.That(response.Headers.Contains("X-RateLimit-Limit"), Is.False);
        });
    }

    [Test]
    public async Task Request_OverTheLimit_Returns429ThrottlerEnvelope()
    {
        for (var i = 0; i < Limit; i++)
        {
            using var allowed = await GetBookingAsync(Server.ApiKey);
            Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        }

        Clock.Advance(TimeSpan.FromSeconds(10));
        using var response = await GetBookingAsync(Server.ApiKey);
        var json = await ReadJsonAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That((string?)json["error"]!["code"], Is.EqualTo("ThrottlerException"));
            Assert.That((string?)json["error"]!["message"], Is.EqualTo("CustomThrottlerGuard - Too many requests. Please try again later."));
            Assert.That((string?)json["error"]!["details"], Is.EqualTo("CustomThrottlerGuard - Too many requests. Please try again later."));
            Assert.That(Header(response, "X-RateLimit-Remaining-Default"), Is.EqualTo("0"));
            Assert.That(Header(response, "X-RateLimit-Reset-Default"), Is.EqualTo("60"));
            Assert.That(response.Headers.Contains("Retry-After"), Is.False);
        });
    }

    [Test]
    public async Task Tracker_OnceBlocked_StaysBlockedForAWholeWindowThenRecovers()
    {
        for (var i = 0; i <= Limit; i++)
        {
            using var _ = await GetBookingAsync(Server.ApiKey);
        }

        Clock.Advance(TimeSpan.FromSeconds(45));
        using var stillBlocked = await GetBookingAsync(Server.ApiKey);
        Clock.Advance(TimeSpan.FromSeconds(16));
        using var recovered = await GetBookingAsync(Server.ApiKey);

        Assert.Multiple(() =>
        {
            Assert.That(stillBlocked.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(Header(stillBlocked, "X-RateLimit-Reset-Default"), Is.EqualTo("15"));
            Assert.That(recovered.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task Limits_AreCountedPerKeySeparatelyFromAnonymousCallers()
    {
        for (var i = 0; i <= Limit; i++)
        {
            using var _ = await GetBookingAsync(Server.ApiKey);
        }

        using var anonymous = await GetBookingAsync(apiKey: null);

        Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task SandboxRoutes_AreNotRateLimited()
    {
        for (var i = 0; i < Limit * 3; i++)
        {
            Assert.That(await BookingCountAsync(), Is.Zero);
        }
    }

    private Task<HttpResponseMessage> GetBookingAsync(string? apiKey) =>
        SendAsync(HttpMethod.Get, "/v2/bookings/unknown-uid", version: Versions.Bookings, apiKey: apiKey);

    private static string Header(HttpResponseMessage response, string name) => response.Headers.GetValues(name).Single();
}
