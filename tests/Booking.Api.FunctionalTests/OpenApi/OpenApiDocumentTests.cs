using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using Booking.Api.Errors;
using Booking.Api.FunctionalTests.Infrastructure;
using Booking.Api.OpenApi;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Booking.Api.FunctionalTests.OpenApi;

/// <summary>The generated document describes every route, every error code, and carries examples that work.</summary>
public sealed class OpenApiDocumentTests
{
    private const string DocumentPath = "/openapi/v1.json";
    private static readonly string[] HttpMethods = ["get", "put", "post", "delete", "patch"];

    private static BookingApiFactory factory = null!;
    private static HttpClient client = null!;
    private static JsonObject document = null!;

    [OneTimeSetUp]
    public static async Task StartApi()
    {
        factory = new BookingApiFactory();
        client = factory.CreateClient();
        document = JsonNode.Parse(await client.GetStringAsync(DocumentPath))!.AsObject();
    }

    [OneTimeTearDown]
    public static async Task StopApi()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    private static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations() =>
        from path in document["paths"]!.AsObject()
        from method in path.Value!.AsObject()
        where HttpMethods.Contains(method.Key)
        select (path.Key, method.Key, method.Value!.AsObject());

    private static IEnumerable<string> AllErrorCodes() => ErrorTable.All.Select(row => row.Code);

    [Test]
    public void Document_DescribesEveryRouteTheApiServes()
    {
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
                .Select(method => ("/" + endpoint.RoutePattern.RawText!.TrimStart('/'), method.ToLowerInvariant())))
            .Where(route => !route.Item1.StartsWith("/docs", StringComparison.Ordinal))
            .ToList();

        Assert.That(routes, Does.Contain(("/api/slots/reserve", "post")).And.Contain(("/health/ready", "get")));
        var documented = Operations().Select(operation => (operation.Path, operation.Method)).ToList();
        Assert.That(documented, Is.EquivalentTo(routes));
    }

    [Test]
    public void EveryOperation_HasAnIdSummaryDescriptionAndTag()
    {
        Assert.Multiple(() =>
        {
            foreach (var (path, method, operation) in Operations())
            {
                Assert.That((string?)operation["operationId"], Is.Not.Null.And.Not.Empty, $"{method} {path}");
                Assert.That((string?)operation["summary"], Is.Not.Null.And.Not.Empty, $"{method} {path}");
                Assert.That((string?)operation["description"], Is.Not.Null.And.Not.Empty, $"{method} {path}");
                Assert.That(operation["tags"]!.AsArray(), Is.Not.Empty, $"{method} {path}");
            }
        });
    }

    [Test]
    public void EveryRequestBodyAndSuccessResponse_HasAnExample()
    {
        Assert.Multiple(() =>
        {
            foreach (var (path, method, operation) in Operations())
            {
                foreach (var media in operation["requestBody"]?["content"]?.AsObject() ?? [])
                {
                    Assert.That(media.Value!["example"], Is.Not.Null, $"{method} {path} request {media.Key}");
                }

                foreach (var response in operation["responses"]!.AsObject().Where(response => response.Key.StartsWith('2')))
                {
                    foreach (var media in response.Value!["content"]?.AsObject() ?? [])
                    {
                        Assert.That(media.Value!["example"], Is.Not.Null, $"{method} {path} {response.Key} {media.Key}");
                    }
                }
            }
        });
    }

    [Test]
    public void EveryErrorEnvelopeResponse_HasAnExamplePerCodeOfItsStatus()
    {
        var envelopeResponses = (
            from operation in Operations()
            from response in operation.Operation["responses"]!.AsObject()
            let media = response.Value!["content"]?["application/json"]
            where (string?)media?["schema"]?["$ref"] == "#/components/schemas/ErrorEnvelope"
            select (Name: $"{operation.Method} {operation.Path} {response.Key}", Status: int.Parse(response.Key, System.Globalization.CultureInfo.InvariantCulture), Media: media))
            .ToList();

        Assert.That(envelopeResponses, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var (name, status, media) in envelopeResponses)
            {
                var examples = media["examples"]!.AsObject();
                Assert.That(examples.Select(example => example.Key), Is.Not.Empty, name);
                foreach (var (code, example) in examples)
                {
                    Assert.That((string?)example!["value"]!["error"]!["code"], Is.EqualTo(code), name);
                    Assert.That(ErrorTable.Of(code).StatusCode, Is.EqualTo(status), name);
                }
            }
        });
    }

    [TestCase("/api/slots/reserve", "post", "404", new[] { "EVENT_TYPE_NOT_FOUND" })]
    [TestCase("/api/slots/reserve", "post", "409", new[] { "SLOT_UNAVAILABLE", "IDEMPOTENCY_KEY_IN_USE" })]
    [TestCase("/api/bookings/{reservationId}", "get", "404", new[] { "BOOKING_NOT_FOUND" })]
    [TestCase("/api/bookings/{reservationId}/cancel", "post", "409", new[] { "BOOKING_NOT_CANCELLABLE" })]
    [TestCase("/api/bookings/{reservationId}/reschedule", "post", "409",
        new[] { "BOOKING_NOT_RESCHEDULABLE", "SLOT_UNAVAILABLE", "IDEMPOTENCY_KEY_IN_USE" })]
    public void ErrorExamples_AreOnlyTheCodesThatOperationCanAnswer(string path, string method, string status, string[] codes)
    {
        var examples = document["paths"]![path]![method]!["responses"]![status]!["content"]!["application/json"]!["examples"]!.AsObject();

        Assert.That(examples.Select(example => example.Key), Is.EquivalentTo(codes));
    }

    [Test]
    public void Reserve_DocumentsEveryErrorStatusItCanReturn()
    {
        var responses = document["paths"]!["/api/slots/reserve"]!["post"]!["responses"]!.AsObject().Select(response => response.Key);

        Assert.That(responses, Is.EquivalentTo(new[] { "201", "400", "401", "404", "409", "413", "415", "422", "429", "500", "502", "503", "504" }));
    }

    [Test]
    public void Reserve_DocumentsTheIdempotencyKeyAndTheOptionalApiKey()
    {
        var reserve = document["paths"]!["/api/slots/reserve"]!["post"]!;
        var header = reserve["parameters"]!.AsArray().Single(parameter => (string?)parameter!["name"] == "Idempotency-Key")!;

        Assert.Multiple(() =>
        {
            Assert.That((string?)header["in"], Is.EqualTo("header"));
            Assert.That((bool?)header["required"] ?? false, Is.False);
            Assert.That(reserve["responses"]!["201"]!["headers"]!.AsObject().Select(h => h.Key), Does.Contain("Idempotent-Replayed"));
            Assert.That((string?)document["components"]!["securitySchemes"]!["ApiKey"]!["name"], Is.EqualTo("X-Api-Key"));
            Assert.That(reserve["security"]!.ToJsonString(), Is.EqualTo("""[{"ApiKey":[]},{}]"""));
            Assert.That(document["paths"]!["/health/ready"]!["get"]!["security"], Is.Null, "probes never need a key");
        });
    }

    [Test]
    public void QueryParameters_HaveTheNamesClientsSend()
    {
        var names = document["paths"]!["/api/slots"]!["get"]!["parameters"]!.AsArray().Select(parameter => (string?)parameter!["name"]);

        Assert.That(names, Is.EquivalentTo(new[] { "eventTypeId", "start", "end", "timezone" }));
    }

    [Test]
    public void ErrorCodeEnum_ListsEveryErrorCode()
    {
        var codes = document["components"]!["schemas"]!["ErrorBody"]!["properties"]!["code"]!["enum"]!.AsArray().Select(code => (string?)code);

        Assert.That(codes, Is.EquivalentTo(AllErrorCodes()));
    }

    [Test]
    public void ErrorEnvelopeSchema_HasOneExamplePerErrorCode()
    {
        var examples = document["components"]!["schemas"]!["ErrorEnvelope"]!["examples"]!.AsArray();

        Assert.That(examples.Select(example => (string?)example!["error"]!["code"]), Is.EquivalentTo(AllErrorCodes()));
    }

    [Test]
    public void Description_HasTheErrorTableWithEveryCode()
    {
        var description = (string)document["info"]!["description"]!;

        Assert.That(AllErrorCodes(), Has.All.Matches<string>(code => description.Contains($"| `{code}` |", StringComparison.Ordinal)));
    }

    [Test]
    public async Task Document_IsTheSameOnEveryRequest()
    {
        var first = await client.GetStringAsync(DocumentPath);
        var second = await client.GetStringAsync(DocumentPath);

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public async Task RequestExample_BooksWhenSentToTheApi()
    {
        var example = document["paths"]!["/api/slots/reserve"]!["post"]!["requestBody"]!["content"]!["application/json"]!["example"]!;

        using var response = await client.ReserveAsync(example.DeepClone());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var created = await response.ReadJsonAsync();
        var documented = document["paths"]!["/api/slots/reserve"]!["post"]!["responses"]!["201"]!["content"]!["application/json"]!["example"]!;
        Assert.That(created.GetProperty("eventDetails").GetProperty("start").GetString(), Is.EqualTo((string?)documented["eventDetails"]!["start"]));
    }

    [Test]
    public async Task Docs_ServeTheInteractiveReferenceOfTheDocument()
    {
        using var response = await client.GetAsync("/docs/");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("openapi/v1.json").And.Contain("Booking API"));
    }
}
