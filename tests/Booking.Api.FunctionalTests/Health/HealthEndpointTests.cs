using System.Net;
using Booking.Api.FunctionalTests.Infrastructure;
using Booking.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Booking.Api.FunctionalTests.Health;

/// <summary>Liveness checks nothing; readiness asks Cal.com, at most once per cache period.</summary>
public sealed class HealthEndpointTests
{
    private static async Task<int> CalComProbesAsync(BookingApiFactory factory) =>
        (await factory.Sandbox.RequestsAsync()).Count(request => (string?)request["method"] == "GET" && (string?)request["path"] == "/v2/");

    [Test]
    public async Task Live_Returns200Healthy_WithoutAskingCalCom()
    {
        await using var factory = new BookingApiFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health/live");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await response.ReadJsonAsync();
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("healthy"));
        Assert.That(body.GetProperty("checks").GetArrayLength(), Is.Zero);
        Assert.That(await CalComProbesAsync(factory), Is.Zero);
    }

    [Test]
    public async Task Ready_WhenCalComAnswers_Returns200WithTheCalComCheck()
    {
        await using var factory = new BookingApiFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health/ready");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
        var body = await response.ReadJsonAsync();
        var check = body.GetProperty("checks")[0];
        Assert.Multiple(() =>
        {
            Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("healthy"));
            Assert.That(check.GetProperty("name").GetString(), Is.EqualTo("calcom"));
            Assert.That(check.GetProperty("description").GetString(), Is.EqualTo("Cal.com answered HTTP 404."));
        });
        var probe = (await factory.Sandbox.RequestsAsync()).Single(request => (string?)request["path"] == "/v2/");
        Assert.That((bool?)probe["hasAuthorization"], Is.False, "the probe must not spend the key's rate budget");
    }

    [Test]
    public async Task Ready_AsksCalComOncePerCachePeriod()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = new BookingApiFactory(
            new Dictionary<string, string?> { ["Health:ReadyCacheDuration"] = "00:00:20" },
            services => services.AddSingleton<TimeProvider>(clock));
        using var client = factory.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync("/health/ready");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        Assert.That(await CalComProbesAsync(factory), Is.EqualTo(1));

        clock.Advance(TimeSpan.FromSeconds(19));
        using (await client.GetAsync("/health/ready"))
        {
            Assert.That(await CalComProbesAsync(factory), Is.EqualTo(1));
        }

        clock.Advance(TimeSpan.FromSeconds(1));
        using (await client.GetAsync("/health/ready"))
        {
            Assert.That(await CalComProbesAsync(factory), Is.EqualTo(2));
        }
    }

    [Test]
    public async Task Ready_WhenCalComUnreachable_Returns503Unhealthy_WhileLiveStays200()
    {
        await using var factory = new BookingApiFactory(new Dictionary<string, string?>
        {
            ["CalCom:Mode"] = "Live",
            ["CalCom:BaseUrl"] = ClosedPort.V2BaseUrl(),
            ["CalCom:ApiKey"] = "cal_anything",
        });
        using var client = factory.CreateClient();

        using var ready = await client.GetAsync("/health/ready");
        using var live = await client.GetAsync("/health/live");

        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        var body = await ready.ReadJsonAsync();
        Assert.That(body.GetProperty("status").GetString(), Is.EqualTo("unhealthy"));
        Assert.That(body.GetProperty("checks")[0].GetProperty("description").GetString(), Is.EqualTo("Cal.com could not be reached."));
        Assert.That(await ready.Content.ReadAsStringAsync(), Does.Not.Contain("127.0.0.1"), "no address in a public answer");
        Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
