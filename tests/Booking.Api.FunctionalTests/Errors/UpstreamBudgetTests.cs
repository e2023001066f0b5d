using System.Net;
using Booking.Api.Errors;
using Booking.Api.FunctionalTests.Infrastructure;

namespace Booking.Api.FunctionalTests.Errors;

/// <summary>The API's own budget of Cal.com calls (ADR 8): a spent budget is a 429 before Cal.com is called.</summary>
public sealed class UpstreamBudgetTests
{
    [Test]
    public async Task Reserve_WhenTheUpstreamBudgetIsSpent_Returns429WithRetryAfterAndCallsNoMore()
    {
        // Two calls a minute: the first booking reads the event type and books; the second has nothing left.
        await using var factory = new BookingApiFactory(new Dictionary<string, string?> { ["CalCom:UpstreamBudget:PermitsPerMinute"] = "2" });
        using var client = factory.CreateClient();
        using (var first = await client.ReserveAsync(Requests.ValidBody()))
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }

        using var second = await client.ReserveAsync(Requests.ValidBody());

        var error = await second.AssertErrorAsync(HttpStatusCode.TooManyRequests, ErrorTable.RateLimited.Code);
        Assert.Multiple(async () =>
        {
            Assert.That(second.Headers.RetryAfter?.Delta, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(1)).And.LessThanOrEqualTo(TimeSpan.FromSeconds(60)));
            Assert.That(error.GetProperty("details").GetString(), Does.Contain("budget"));
            Assert.That(await factory.Sandbox.RequestsAsync(), Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task Reserve_WhenCalComSaysNoCallsRemain_Returns429BeforeCalComWouldRefuse()
    {
        await using var factory = new BookingApiFactory(new Dictionary<string, string?> { ["Sandbox:RateLimitPerWindow"] = "2" });
        using var client = factory.CreateClient();
        using (var first = await client.ReserveAsync(Requests.ValidBody()))
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }

        using var second = await client.ReserveAsync(Requests.ValidBody());

        await second.AssertErrorAsync(HttpStatusCode.TooManyRequests, ErrorTable.RateLimited.Code);
        var calComRequests = await factory.Sandbox.RequestsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(second.Headers.RetryAfter?.Delta, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(1)).And.LessThanOrEqualTo(TimeSpan.FromSeconds(60)));
            Assert.That(calComRequests, Has.Count.EqualTo(2), "the third call would have had the key blocked for a minute");
            Assert.That(calComRequests.Select(request => (int?)request["responseStatus"]), Has.None.EqualTo(429));
        });
    }
}
