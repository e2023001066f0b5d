using System.Net;
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
}
