using System.Net;
using Booking.CalComSandbox.Tests.Support;

namespace Booking.CalComSandbox.Tests;

public sealed class AuthenticationTests : SandboxTestBase
{
    [Test]
    public async Task CreateBooking_WithUnknownCalKey_Returns401InvalidApiKeyEvenThoughAuthIsOptional()
    {
        using var response = await CreateBookingAsync(BookingRequests.Valid("2030-01-08T13:00:00Z"), apiKey: "cal_unknown_key");

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.Unauthorized, "UnauthorizedException");
        Assert.Multiple(() =>
        {
            Assert.That(message, Is.EqualTo("CustomThrottlerGuard - Invalid API Key"));
            Assert.That(Server.BookingCount, Is.Zero);
        });
    }

    [Test]
    public async Task GetSlots_WithNonCalBearer_Returns401AccessToken()
    {
        using var response = await SendAsync(
            HttpMethod.Get, $"/v2/slots?eventTypeId={SeedIds.ThirtyMinutes}&start=2030-01-08&end=2030-01-08", version: Versions.Slots, apiKey: "some-oauth-token");

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.Unauthorized, "UnauthorizedException");
        Assert.That(message, Does.StartWith("ApiAuthStrategy - access token - "));
    }

    [Test]
    public async Task ListBookings_WithoutAuthorization_Returns403PermissionsGuard()
    {
        using var response = await SendAsync(HttpMethod.Get, "/v2/bookings", version: Versions.Bookings);

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.Forbidden, "ForbiddenException");
        Assert.That(message, Does.StartWith("PermissionsGuard - no authentication provided"));
    }

    [Test]
    public async Task GetEventType_WithoutAuthorization_Returns403PermissionsGuard()
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v2/event-types/{SeedIds.ThirtyMinutes}", version: Versions.EventTypes);

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.Forbidden, "ForbiddenException");
        Assert.That(message, Does.StartWith("PermissionsGuard - no authentication provided"));
    }

    [Test]
    public async Task GetEventType_WithUnknownCalKey_Returns401InvalidApiKey()
    {
        using var response = await SendAsync(
            HttpMethod.Get, $"/v2/event-types/{SeedIds.ThirtyMinutes}", version: Versions.EventTypes, apiKey: "cal_live_0000");

        var message = await AssertEnvelopeAsync(response, HttpStatusCode.Unauthorized, "UnauthorizedException");
        Assert.That(message, Is.EqualTo("CustomThrottlerGuard - Invalid API Key"));
    }

    [Test]
    public async Task AnyResponse_CarriesAUuidRequestId()
    {
        using var ok = await SendAsync(HttpMethod.Get, $"/v2/event-types/{SeedIds.ThirtyMinutes}", version: Versions.EventTypes, apiKey: Server.ApiKey);
        using var error = await SendAsync(HttpMethod.Get, "/v2/bookings/unknown", version: Versions.Bookings);

        Assert.Multiple(() =>
        {
            Assert.That(Guid.TryParse(ok.Headers.GetValues("X-Request-Id").Single(), out _), Is.True);
            Assert.That(Guid.TryParse(error.Headers.GetValues("X-Request-Id").Single(), out _), Is.True);
            Assert.That(ok.Headers.GetValues("X-Request-Id").Single(), Is.Not.EqualTo(error.Headers.GetValues("X-Request-Id").Single()));
        });
    }

    [Test]
    public async Task UnknownRoute_Returns404CannotInNestShape()
    {
        using var response = await SendAsync(HttpMethod.Get, "/v2/nothing-here", version: Versions.Bookings);
        var json = await ReadJsonAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((string?)json["message"], Is.EqualTo("Cannot GET /v2/nothing-here"));
        });
    }
}
