using System.Net;
using System.Text.Json.Nodes;
using Booking.CalComSandbox.Tests.Support;

namespace Booking.CalComSandbox.Tests;

/// <summary>The <c>dropWebhook</c> fault: a webhook Cal.com never sends, while the booking change itself happens.</summary>
public sealed class WebhookFaultTests : WebhookTestBase
{
    [Test]
    public async Task DropWebhook_SuppressesTheNextDelivery_ButNotTheChange()
    {
        await SubscribeReceiverAsync();
        var uid = (string)(await CreateBookingOkAsync(BookingRequests.Valid(Start, SeedIds.RequiresConfirmation)))["uid"]!;
        await Receiver.WaitForAsync(1);
        await QueueFaultAsync(new JsonObject { ["kind"] = "dropWebhook" });

        await HostActionOkAsync(uid, "confirm");
        await SettleAsync();
        using var read = await SendAsync(HttpMethod.Get, $"/v2/bookings/{uid}", version: Versions.Bookings);
        var deliveries = await DeliveriesAsync();

        Assert.Multiple(async () =>
        {
            // The receiver never hears of the confirmation; re-reading the booking is the only way to learn it.
            Assert.That(Receiver.Received.Select(r => r.TriggerEvent), Is.EqualTo(new[] { "BOOKING_REQUESTED" }));
            Assert.That((string?)(await ReadJsonAsync(read))["data"]!["status"], Is.EqualTo("accepted"));
            Assert.That(deliveries.Select(d => (string?)d!["outcome"]), Is.EqualTo(new[] { "answered", "dropped" }));
            Assert.That((string?)deliveries[1]!["trigger"], Is.EqualTo("BOOKING_CREATED"));
        });
    }

    [Test]
    public async Task DropWebhook_WithTimes_DropsThatManyDeliveriesThenDeliversAgain()
    {
        await SubscribeReceiverAsync();
        await QueueFaultAsync(new JsonObject { ["kind"] = "dropWebhook", ["times"] = 2 });

        await CreateBookingOkAsync(BookingRequests.Valid(Start));
        await CreateBookingOkAsync(BookingRequests.Valid("2030-01-09T13:00:00Z"));
        var third = await CreateBookingOkAsync(BookingRequests.Valid("2030-01-10T13:00:00Z"));
        var delivered = await Receiver.WaitForAsync(1);
        await SettleAsync();

        Assert.Multiple(() =>
        {
            Assert.That(Receiver.Received, Has.Count.EqualTo(1));
            Assert.That((string?)delivered[0].Payload["uid"], Is.EqualTo((string?)third["uid"]));
        });
    }

    [Test]
    public async Task DropWebhook_WithTrigger_DropsOnlyThatTrigger()
    {
        await SubscribeReceiverAsync();
        await QueueFaultAsync(new JsonObject { ["kind"] = "dropWebhook", ["trigger"] = "BOOKING_CANCELLED" });

        var uid = (string)(await CreateBookingOkAsync(BookingRequests.Valid(Start)))["uid"]!;
        await HostActionOkAsync(uid, "cancel");
        await SettleAsync();

        Assert.That(Receiver.Received.Select(r => r.TriggerEvent), Is.EqualTo(new[] { "BOOKING_CREATED" }));
    }

    [Test]
    public async Task DropWebhook_IsListedUntilUsed_AndDoesNotTouchRequests()
    {
        await QueueFaultAsync(new JsonObject { ["kind"] = "dropWebhook", ["trigger"] = "BOOKING_CREATED" });

        using var booking = await CreateBookingAsync(BookingRequests.Valid(Start));
        using var faults = await SendAsync(HttpMethod.Get, "/_sandbox/faults");
        var pending = (await ReadJsonAsync(faults))["faults"]!.AsArray();

        Assert.Multiple(() =>
        {
            // No webhook was subscribed, so nothing was dropped and the fault is still there.
            Assert.That(booking.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(pending, Has.Count.EqualTo(1));
            Assert.That((string?)pending[0]!["kind"], Is.EqualTo("dropWebhook"));
            Assert.That((string?)pending[0]!["trigger"], Is.EqualTo("BOOKING_CREATED"));
        });
    }

    [TestCase("{\"kind\":\"dropWebhook\",\"path\":\"/v2/bookings\"}")]
    [TestCase("{\"kind\":\"dropWebhook\",\"trigger\":\"BOOKING_CONFIRMED\"}")]
    [TestCase("{\"kind\":\"status\",\"path\":\"/v2/bookings\",\"trigger\":\"BOOKING_CREATED\"}")]
    public async Task QueueFault_WithMisplacedWebhookFields_Returns400(string fault)
    {
        using var response = await SendAsync(HttpMethod.Post, "/_sandbox/faults", rawBody: fault);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Reset_ClearsDropFaultsAndTheDeliveryLog()
    {
        await SubscribeReceiverAsync();
        await CreateBookingOkAsync(BookingRequests.Valid(Start));
        await QueueFaultAsync(new JsonObject { ["kind"] = "dropWebhook" });

        using (await SendAsync(HttpMethod.Post, "/_sandbox/reset"))
        {
        }

        Assert.That(await DeliveriesAsync(), Is.Empty);
        await CreateBookingOkAsync(BookingRequests.Valid(Start));
        Assert.That(await Receiver.WaitForAsync(2), Has.Count.EqualTo(2));
    }
}
