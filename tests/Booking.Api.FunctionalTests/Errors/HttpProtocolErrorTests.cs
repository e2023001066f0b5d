using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Booking.Api.Errors;
using Booking.Api.FunctionalTests.Infrastructure;

namespace Booking.Api.FunctionalTests.Errors;

/// <summary>Requests the framework turns away still get the envelope, each with a code of its own.</summary>
public sealed class HttpProtocolErrorTests : ApiFixture
{
    [Test]
    public async Task UnknownRoute_Returns404NotFound()
    {
        using var response = await Client.GetAsync("/api/nothing-here");
        await response.AssertErrorAsync(HttpStatusCode.NotFound, ErrorTable.NotFound.Code);
    }

    [Test]
    public async Task Reserve_WithWrongMethod_Returns405MethodNotAllowed()
    {
        using var response = await Client.GetAsync(Requests.ReservePath);
        await response.AssertErrorAsync(HttpStatusCode.MethodNotAllowed, ErrorTable.MethodNotAllowed.Code);
        Assert.That(response.Content.Headers.Allow, Does.Contain("POST"));
    }

    [TestCase("text/plain")]
    [TestCase("application/x-www-form-urlencoded")]
    public async Task Reserve_WithWrongContentType_Returns415(string mediaType)
    {
        using var content = new StringContent(Requests.ValidBody().ToJsonString(), Encoding.UTF8, mediaType);
        using var response = await Client.PostAsync(Requests.ReservePath, content);
        await response.AssertErrorAsync(HttpStatusCode.UnsupportedMediaType, ErrorTable.UnsupportedMediaType.Code);
    }

    [Test]
    public async Task Reserve_WithoutContentType_Returns415()
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Requests.ValidBody().ToJsonString()));
        using var response = await Client.PostAsync(Requests.ReservePath, content);
        await response.AssertErrorAsync(HttpStatusCode.UnsupportedMediaType, ErrorTable.UnsupportedMediaType.Code);
    }

    [Test]
    public async Task Reserve_WithBodyOver64KiB_Returns413()
    {
        var body = Requests.ValidBody();
        body["padding"] = new string('x', 64 * 1024);
        using var response = await Client.ReserveAsync(body);
        await response.AssertErrorAsync(HttpStatusCode.RequestEntityTooLarge, ErrorTable.PayloadTooLarge.Code);
    }

    [TestCase(Requests.ReservePath)]
    [TestCase("/api/bookings/fNjNdZPcD55W4xaxbKRtTZ/cancel")]
    public async Task Body_InUtf16WithAnOddByteCount_Returns415SayingUtf8_NotA500(string path)
    {
        using var content = new ByteArrayContent([.. Encoding.Unicode.GetBytes("""{"reason":"x"}"""), (byte)'A']);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=utf-16");

        using var response = await Client.PostAsync(path, content);

        var error = await response.AssertErrorAsync(HttpStatusCode.UnsupportedMediaType, ErrorTable.UnsupportedMediaType.Code);
        Assert.That(error.GetProperty("details").GetString(), Does.Contain("UTF-8"));
    }

    [Test]
    public async Task Reserve_WithBytesThatAreNotUtf8_Returns400NamingTheBody()
    {
        var text = Requests.ValidBody().ToJsonString();
        var at = text.IndexOf("Jane", StringComparison.Ordinal);
        using var content = new ByteArrayContent([.. Encoding.UTF8.GetBytes(text[..at]), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes(text[at..])]);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");

        using var response = await Client.PostAsync(Requests.ReservePath, content);

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.MessageFor("body"), Is.EqualTo("The request body is not valid UTF-8."));
    }

    [Test]
    public async Task Reserve_WithJsonContentTypeAndCharset_IsAccepted()
    {
        using var content = new StringContent(Requests.ValidBody().ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync(Requests.ReservePath, content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }
}
