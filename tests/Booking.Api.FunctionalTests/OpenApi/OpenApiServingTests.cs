using System.Net;
using System.Text.Json.Nodes;
using Booking.Api.FunctionalTests.Infrastructure;

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
}
