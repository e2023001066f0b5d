using System.Net;
using System.Text.Json.Nodes;
using Booking.Api.Errors;
using Booking.Api.FunctionalTests.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;

namespace Booking.Api.FunctionalTests.OpenApi;

/// <summary>How the OpenAPI document is served: which server it names, caching and limits.</summary>
public sealed class OpenApiServingTests
{
    private const string DocumentPath = "/openapi/v1.json";

    private static async Task<(HttpResponseMessage Response, string Body)> GetAsync(BookingApiFactory factory, Action<HttpRequestMessage>? change = null)
    {
        using var client = factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, DocumentPath);
        change?.Invoke(request);
        var response = await client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Servers_NeverReflectTheHostHeader_AndAreRelativeWhenNoneIsConfigured()
    {
        await using var factory = new BookingApiFactory();

        var (response, body) = await GetAsync(factory, request => request.Headers.Host = "evil.example.com");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body, Does.Not.Contain("evil.example.com"));
        Assert.That(JsonNode.Parse(body)!["servers"]!.ToJsonString(), Is.EqualTo("""[{"url":"/"}]"""));
    }

    [Test]
    public async Task Servers_AreTheConfiguredPublicUrl()
    {
        await using var factory = new BookingApiFactory(new Dictionary<string, string?> { ["OpenApi:ServerUrl"] = "https://booking.example.com/" });

        var (_, body) = await GetAsync(factory, request => request.Headers.Host = "evil.example.com");

        Assert.That(JsonNode.Parse(body)!["servers"]!.ToJsonString(), Is.EqualTo("""[{"url":"https://booking.example.com"}]"""));
    }

    [Test]
    public async Task Document_IsGeneratedOnce_ThenServedFromMemory()
    {
        var generated = 0;
        await using var factory = new BookingApiFactory(replaceServices: services => services.Configure<OpenApiOptions>("v1", options =>
            options.AddDocumentTransformer((_, _, _) =>
            {
                Interlocked.Increment(ref generated);
                return Task.CompletedTask;
            })));

        var bodies = new List<string>();
        for (var request = 0; request < 3; request++)
        {
            var (response, body) = await GetAsync(factory);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            bodies.Add(body);
        }

        Assert.That(generated, Is.EqualTo(1));
        Assert.That(bodies.Distinct().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task Document_CarriesAnETagAndCacheControl_AndAnswers304WhenUnchanged()
    {
        await using var factory = new BookingApiFactory();

        var (first, body) = await GetAsync(factory);
        var etag = first.Headers.ETag;
        var (again, againBody) = await GetAsync(factory, request => request.Headers.IfNoneMatch.Add(etag!));

        Assert.That(etag, Is.Not.Null);
        Assert.That(first.Headers.CacheControl?.Public, Is.True);
        Assert.That(first.Headers.CacheControl?.MaxAge, Is.GreaterThan(TimeSpan.Zero));
        Assert.That(body, Does.StartWith("{"));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(againBody, Is.Empty);
        Assert.That(again.Headers.ETag, Is.EqualTo(etag));
    }

    [TestCase(DocumentPath)]
    [TestCase("/docs/")]
    public async Task DocumentationRoutes_CountAgainstTheClientsRateLimit(string path)
    {
        await using var factory = new BookingApiFactory(new Dictionary<string, string?> { ["InboundRateLimit:PermitsPerMinute"] = "2" });
        using var client = factory.CreateClient();

        using var first = await client.GetAsync(path);
        using var second = await client.GetAsync(path);
        using var third = await client.GetAsync(path);

        Assert.That((first.StatusCode, second.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)));
        await third.AssertErrorAsync(HttpStatusCode.TooManyRequests, ErrorTable.RateLimited.Code);
        Assert.That(third.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
    }
}
