using System.Net;
using System.Text.Json.Nodes;
using Booking.CalComSandbox.Tests.Support;

namespace Booking.CalComSandbox.Tests;

public sealed class ConcurrencyTests : SandboxTestBase
{
    private const int Racers = 20;

    /// <summary>
    /// Each loser either saw the winner's booking during its availability check (400, as a later request would) or
    /// passed the check together with the winner and lost the atomic claim (409, Cal.com's unique-key collision).
    /// </summary>
    [Test]
    public async Task CreateBooking_WhenManyRaceForOneSlot_ExactlyOneWinsAndOthersGetConflictOrNotAvailable()
    {
        using var gate = new ManualResetEventSlim(false);
        var racers = Enumerable.Range(0, Racers).Select(i => Task.Run(async () =>
        {
            gate.Wait();
            using var response = await CreateBookingAsync(BookingRequests.Valid("2030-01-08T13:00:00Z", email: $"racer{i}@example.com"));
            return (response.StatusCode, Body: await ReadJsonAsync(response));
        })).ToList();
        gate.Set();
        var results = await Task.WhenAll(racers);

        var winners = results.Count(r => r.StatusCode == HttpStatusCode.Created);
        var conflicts = results.Count(r =>
            r.StatusCode == HttpStatusCode.Conflict
            && (int?)r.Body["statusCode"] == 409
            && (string?)r.Body["message"] == "booking_conflict_error"
            && r.Body["error"] is null);
        var notAvailable = results.Count(r =>
            r.StatusCode == HttpStatusCode.BadRequest
            && (string?)r.Body["error"]?["message"] == "User either already has booking at this time or is not available");
        await TestContext.Out.WriteLineAsync($"1 winner expected; got {winners}, {conflicts} × 409 booking_conflict_error, {notAvailable} × 400 not available.");
        Assert.Multiple(() =>
        {
            Assert.That(winners, Is.EqualTo(1));
            Assert.That(conflicts + notAvailable, Is.EqualTo(Racers - 1));
            Assert.That(Server.BookingCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task CreateBooking_WhenManyBookDistinctSlotsConcurrently_AllSucceed()
    {
        var starts = Enumerable.Range(0, Racers).Select(i => Utc(new DateTimeOffset(2030, 1, 8, 0, 0, 0, TimeSpan.Zero).AddMinutes(30 * i)));

        var statuses = await Task.WhenAll(starts.Select(async start =>
        {
            using var response = await CreateBookingAsync(BookingRequests.Valid(start));
            return response.StatusCode;
        }));

        Assert.Multiple(() =>
        {
            Assert.That(statuses, Has.All.EqualTo(HttpStatusCode.Created));
            Assert.That(Server.BookingCount, Is.EqualTo(Racers));
        });
    }

    /// <summary>
    /// The delay fault waits between the availability check and the insert, where Cal.com spends its time, so the slow
    /// request has already passed its check when the fast one books: it loses on the insert with Cal.com's 409.
    /// </summary>
    [Test]
    public async Task CreateBooking_WhenSlowRequestLosesRaceToFastOne_Returns409BookingConflict()
    {
        await QueueFaultAsync(new JsonObject { ["method"] = "POST", ["path"] = "/v2/bookings", ["kind"] = "delay", ["delayMs"] = 800 });

        var slow = CreateBookingAsync(BookingRequests.Valid("2030-01-08T13:00:00Z", email: "slow@example.com"));
        await Task.Delay(200);
        using var fast = await CreateBookingAsync(BookingRequests.Valid("2030-01-08T13:00:00Z", email: "fast@example.com"));
        using var slowResponse = await slow;
        var slowBody = await ReadJsonAsync(slowResponse);

        Assert.Multiple(() =>
        {
            Assert.That(fast.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(slowResponse.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(slowBody.ToJsonString(), Is.EqualTo("{\"statusCode\":409,\"message\":\"booking_conflict_error\"}"));
            Assert.That(Server.BookingCount, Is.EqualTo(1));
        });
    }
}
