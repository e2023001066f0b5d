using System.Net;
using System.Text.Json.Nodes;
using Booking.Api.Errors;
using Booking.Api.FunctionalTests.Infrastructure;

namespace Booking.Api.FunctionalTests.Idempotency;

public sealed class IdempotencyKeyTests : ApiFixture
{
    private Task<HttpResponseMessage> ReserveAsync(JsonNode body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Requests.ReservePath) { Content = Requests.Json(body) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return Client.SendAsync(request);
    }

    private static string NewKey() => Guid.NewGuid().ToString();

    [Test]
    public async Task Repeat_WithSameKeyAndBody_ReplaysTheFirstResponseWithoutBookingAgain()
    {
        var body = Requests.ValidBody();
        var key = NewKey();
        var bookingsBefore = await Factory.Sandbox.BookingCountAsync();

        using var first = await ReserveAsync(body, key);
        using var second = await ReserveAsync(body, key);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created), await first.Content.ReadAsStringAsync());
        Assert.Multiple(async () =>
        {
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(await second.Content.ReadAsStringAsync(), Is.EqualTo(await first.Content.ReadAsStringAsync()));
            Assert.That(second.Headers.Location, Is.EqualTo(first.Headers.Location));
            Assert.That(second.Headers.GetValues("Idempotent-Replayed").Single(), Is.EqualTo("true"));
            Assert.That(first.Headers.Contains("Idempotent-Replayed"), Is.False);
            Assert.That(await Factory.Sandbox.BookingCountAsync(), Is.EqualTo(bookingsBefore + 1));
        });
    }

    [Test]
    public async Task Repeat_WithQuotedKey_IsTheSameKey()
    {
        var body = Requests.ValidBody();
        var key = NewKey();

        using var first = await ReserveAsync(body, key);
        using var second = await ReserveAsync(body, $"\"{key}\"");

        Assert.That(second.Headers.Contains("Idempotent-Replayed"), Is.True);
    }

    [Test]
    public async Task Repeat_WithSameKeyAndDifferentBody_Returns422Mismatch()
    {
        var key = NewKey();
        using var first = await ReserveAsync(Requests.ValidBody(), key);

        using var second = await ReserveAsync(Requests.ValidBody(), key);

        await second.AssertErrorAsync(HttpStatusCode.UnprocessableEntity, ErrorTable.IdempotencyKeyMismatch.Code);
    }

    [Test]
    public async Task Repeat_WhileTheFirstIsInFlight_Returns409InUseWithRetryAfter_ThenReplays()
    {
        await Factory.Sandbox.InjectFaultAsync(new { method = "POST", path = "/v2/bookings", kind = "delay", delayMs = 1500 });
        var body = Requests.ValidBody();
        var key = NewKey();

        var first = ReserveAsync(body, key);
        await WaitUntilCalComHasTheBookingPostAsync();
        using (var whileRunning = await ReserveAsync(body, key))
        {
            await whileRunning.AssertErrorAsync(HttpStatusCode.Conflict, ErrorTable.IdempotencyKeyInUse.Code);
            Assert.That(whileRunning.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(1)));
        }

        using var firstResponse = await first;
        using var afterwards = await ReserveAsync(body, key);
        Assert.That(firstResponse.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(await afterwards.Content.ReadAsStringAsync(), Is.EqualTo(await firstResponse.Content.ReadAsStringAsync()));
    }

    [Test]
    public async Task Repeat_AfterAFinalError_ReplaysTheError()
    {
        var body = Requests.ValidBody();
        using (var taken = await Client.ReserveAsync(body))
        {
            Assert.That(taken.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }

        var key = NewKey();
        using var first = await ReserveAsync(body, key);
        using var second = await ReserveAsync(body, key);

        await first.AssertErrorAsync(HttpStatusCode.Conflict, ErrorTable.SlotUnavailable.Code);
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await second.Content.ReadAsStringAsync(), Is.EqualTo(await first.Content.ReadAsStringAsync()));
        Assert.That(second.Headers.Contains("Idempotent-Replayed"), Is.True);
    }

    [Test]
    public async Task Repeat_AfterARetryableFailure_RunsAgain()
    {
        // Twice: the gateway repeats a booking once itself when Cal.com has none after a 5xx (ADR 7).
        await Factory.Sandbox.InjectFaultAsync(new
        {
            method = "POST", path = "/v2/bookings", kind = "status", status = 500, times = 2,
            body = new { statusCode = 500, message = "Internal server error" },
        });
        var body = Requests.ValidBody();
        var key = NewKey();

        using var first = await ReserveAsync(body, key);
        using var second = await ReserveAsync(body, key);

        await first.AssertErrorAsync(HttpStatusCode.BadGateway, ErrorTable.UpstreamError.Code);
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Created), await second.Content.ReadAsStringAsync());
        Assert.That(second.Headers.Contains("Idempotent-Replayed"), Is.False);
    }

    [TestCase("\"\"")]
    [TestCase("has space")]
    public async Task Reserve_WithAnInvalidKey_Returns400(string key)
    {
        using var response = await ReserveAsync(Requests.ValidBody(), key);

        var error = await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
        Assert.That(error.Fields(), Is.EqualTo(new[] { "Idempotency-Key" }));
    }

    [Test]
    public async Task Reserve_WithAKeyOver255Characters_Returns400()
    {
        using var response = await ReserveAsync(Requests.ValidBody(), new string('k', 256));
        await response.AssertErrorAsync(HttpStatusCode.BadRequest, ErrorTable.Validation.Code);
    }

    /// <summary>The delay fault is taken when the booking POST arrives, so the first request holds its key by then.</summary>
    private async Task WaitUntilCalComHasTheBookingPostAsync()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (await Factory.Sandbox.PendingFaultCountAsync() == 0)
            {
                return;
            }

            await Task.Delay(10);
        }

        Assert.Fail("The delayed booking never reached the sandbox.");
    }
}
