using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Booking.Api.FunctionalTests.Infrastructure;

public static class EnvelopeAssertions
{
    /// <summary>Asserts status, JSON content type and the error envelope with <paramref name="code"/>; returns <c>error</c>.</summary>
    public static async Task<JsonElement> AssertErrorAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"), text);

        var root = JsonDocument.Parse(text).RootElement;
        Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "error" }), text);
        var error = root.GetProperty("error");
        Assert.Multiple(() =>
        {
            Assert.That(error.GetProperty("code").GetString(), Is.EqualTo(code), text);
            Assert.That(error.GetProperty("message").GetString(), Is.Not.Empty, text);
            Assert.That(error.TryGetProperty("details", out _), Is.True, text);
            Assert.That(DateTime.TryParseExact(error.GetProperty("timestamp").GetString(), "yyyy-MM-dd'T'HH:mm:ss.fff'Z'",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out _), Is.True, text);
            Assert.That(error.GetProperty("correlationId").GetString(),
                Is.EqualTo(response.Headers.GetValues("x-correlation-id").Single()), text);
        });
        return error.Clone();
    }

    /// <summary>The <c>field</c> of every entry in a validation error's details.</summary>
    public static IReadOnlyList<string?> Fields(this JsonElement error) =>
        error.GetProperty("details").EnumerateArray().Select(d => d.GetProperty("field").GetString()).ToList();

    public static string MessageFor(this JsonElement error, string field) =>
        error.GetProperty("details").EnumerateArray().First(d => d.GetProperty("field").GetString() == field)
            .GetProperty("message").GetString()!;
}
