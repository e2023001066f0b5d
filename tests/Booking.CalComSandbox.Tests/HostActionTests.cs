using System.Net;
using System.Text.Json.Nodes;
using Booking.CalComSandbox.Tests.Support;

namespace Booking.CalComSandbox.Tests;

/// <summary><c>/_sandbox/bookings/{uid}/confirm|reject|cancel|reschedule</c>: the host's side, and the webhooks it sends.</summary>
public sealed class HostActionTests : WebhookTestBase
{
    [Test]
    public async Task Confirm_AcceptsAPendingBooking_AndSendsASecondBookingCreated()
    {
        await SubscribeReceiverAsync();
        var pending = await CreateBookingOkAsync(BookingRequests.Valid(Start, SeedIds.RequiresConfirmation));
        var uid = (string)pending["uid"]!;

        var confirmed = await HostActionOkAsync(uid, "confirm");
        var deliveries = await Receiver.WaitForAsync(2);
        using var read = await SendAsync(HttpMethod.Get, $"/v2/bookings/{uid}", version: Versions.Bookings);
        var payload = deliveries[1].Payload;

        Assert.Multiple(async () =>
        {
            Assert.That((string?)confirmed["status"], Is.EqualTo("accepted"));
            Assert.That((string?)(await ReadJsonAsync(read))["data"]!["status"], Is.EqualTo("accepted"));
            Assert.That(deliveries.Select(d => d.TriggerEvent), Is.EqualTo(new[] { "BOOKING_REQUESTED", "BOOKING_CREATED" }));
            Assert.That((string?)payload["uid"], Is.EqualTo(uid));
            Assert.That((string?)payload["status"], Is.EqualTo("ACCEPTED"));
            Assert.That((int?)payload["bookingId"], Is.EqualTo((int?)pending["id"]));
            Assert.That((string?)payload["startTime"], Is.EqualTo("2030-01-08T13:00:00.000Z"));
            Assert.That((string?)payload["metadata"]!["videoCallUrl"], Is.EqualTo((string?)confirmed["location"]));
            Assert.That(deliveries[1].Header("X-Cal-Signature-256"), Is.EqualTo(ExpectedSignature(Secret, deliveries[1])));

            // Cal.com's confirm flow builds its event without the iCal identifiers.
            Assert.That(payload.AsObject().ContainsKey("iCalSequence"), Is.False);
        });
    }

    [Test]
    public async Task Confirm_OfAnAcceptedBooking_Returns409AndSendsNothing()
    {
        var uid = (string)(await CreateBookingOkAsync(BookingRequests.Valid(Start)))["uid"]!;
        await SubscribeReceiverAsync();

        using var response = await SendAsync(HttpMethod.Post, $"/_sandbox/bookings/{uid}/confirm");
        await SettleAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(await AssertEnvelopeAsync(response, HttpStatusCode.Conflict, "ConflictException"), Does.Contain("only a pending booking"));
            Assert.That(Receiver.Received, Is.Empty);
        });
    }

    [TestCase("confirm")]
    [TestCase("reject")]
    [TestCase("cancel")]
    public async Task Action_OnUnknownBooking_Returns404(string action)
    {
        using var response = await SendAsync(HttpMethod.Post, $"/_sandbox/bookings/unknown-uid/{action}");

        await AssertEnvelopeAsync(response, HttpStatusCode.NotFound, "NotFoundException");
    }

    [Test]
    public async Task Reschedule_OfUnknownBooking_Returns404()
    {
        using var response = await SendAsync(HttpMethod.Post, "/_sandbox/bookings/unknown-uid/reschedule", new JsonObject { ["start"] = Start });

        await AssertEnvelopeAsync(response, HttpStatusCode.NotFound, "NotFoundException");
    }

    [Test]
    public async Task Reject_DeclinesWithAReason_FreesTheSlot_AndSendsBookingRejected()
    {
        await SubscribeReceiverAsync();
        var uid = (string)(await CreateBookingOkAsync(BookingRequests.Valid(Start, SeedIds.RequiresConfirmation)))["uid"]!;

        var rejected = await HostActionOkAsync(uid, "reject", new JsonObject { ["reason"] = "Fully booked that day" });
        var deliveries = await Receiver.WaitForAsync(2);
        var payload = deliveries[1].Payload;
        using var rebook = await CreateBookingAsync(BookingRequests.Valid(Start, SeedIds.ThirtyMinutes, "bob@example.com"));

        Assert.Multiple(() =>
        {
            Assert.That((string?)rejected["status"], Is.EqualTo("rejected"));
            Assert.That(deliveries[1].TriggerEvent, Is.EqualTo("BOOKING_REJECTED"));
            Assert.That((string?)payload["status"], Is.EqualTo("REJECTED"));
            Assert.That((string?)payload["rejectionReason"], Is.EqualTo("Fully booked that day"));
            Assert.That((string?)payload["uid"], Is.EqualTo(uid));
            Assert.That(rebook.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        });
    }

    [Test]
    public async Task Reject_WithoutReason_LeavesRejectionReasonOut()
    {
        await SubscribeReceiverAsync();
        var uid = (string)(await CreateBookingOkAsync(BookingRequests.Valid(Start, SeedIds.RequiresConfirmation)))["uid"]!;

        await HostActionOkAsync(uid, "reject");
        var deliveries = await Receiver.WaitForAsync(2);

        Assert.That(deliveries[1].Payload.AsObject().ContainsKey("rejectionReason"), Is.False);
    }

    [Test]
    public async Task Reject_WithNonStringReason_Returns400()
    {
        var uid = (string)(await CreateBookingOkAsync(BookingRequests.Valid(Start, SeedIds.RequiresConfirmation)))["uid"]!;

        using var response = await SendAsync(HttpMethod.Post, $"/_sandbox/bookings/{uid}/reject", new JsonObject { ["reason"] = 5 });

        Assert.That(await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "BadRequestException"), Does.Contain("reason must be a string"));
    }

    [Test]
    public async Task Cancel_ByTheHostWithoutReason_CancelsAndNamesTheHost()
    {
        await SubscribeReceiverAsync();
        var uid = (string)(await CreateBookingOkAsync(BookingRequests.Valid(Start)))["uid"]!;

        var cancelled = await HostActionOkAsync(uid, "cancel");
        var deliveries = await Receiver.WaitForAsync(2);
        var payload = deliveries[1].Payload;

        Assert.Multiple(() =>
        {
            Assert.That((string?)cancelled["status"], Is.EqualTo("cancelled"));
            Assert.That((string?)cancelled["cancelledByEmail"], Is.EqualTo(SeedIds.HostEmail));
            Assert.That(deliveries[1].TriggerEvent, Is.EqualTo("BOOKING_CANCELLED"));
            Assert.That((string?)payload["cancelledBy"], Is.EqualTo(SeedIds.HostEmail));
            Assert.That(payload.AsObject().ContainsKey("cancellationReason"), Is.False);
        });
    }

    [Test]
    public async Task Cancel_WithReason_SendsIt()
    {
        await SubscribeReceiverAsync();
        var uid = (string)(await CreateBookingOkAsync(BookingRequests.Valid(Start)))["uid"]!;

        await HostActionOkAsync(uid, "cancel", new JsonObject { ["cancellationReason"] = "Host is ill" });
        var deliveries = await Receiver.WaitForAsync(2);

        Assert.That((string?)deliveries[1].Payload["cancellationReason"], Is.EqualTo("Host is ill"));
    }

    [Test]
    public async Task Cancel_OfACancelledBooking_Returns400()
    {
        var uid = (string)(await CreateBookingOkAsync(BookingRequests.Valid(Start)))["uid"]!;
        await HostActionOkAsync(uid, "cancel");

        using var again = await SendAsync(HttpMethod.Post, $"/_sandbox/bookings/{uid}/cancel");

        await AssertEnvelopeAsync(again, HttpStatusCode.BadRequest, "BadRequestException");
    }

    [Test]
    public async Task Reschedule_MovesTheBookingToANewUid_AndSendsOnlyBookingRescheduled()
    {
        await SubscribeReceiverAsync();
        var original = await CreateBookingOkAsync(BookingRequests.Valid(Start));
        var oldUid = (string)original["uid"]!;
        await Receiver.WaitForAsync(1);

        var moved = await HostActionOkAsync(
            oldUid, "reschedule", new JsonObject { ["start"] = "2030-01-10T09:00:00Z", ["reschedulingReason"] = "Host travels" }, HttpStatusCode.Created);
        using var old = await SendAsync(HttpMethod.Get, $"/v2/bookings/{oldUid}", version: Versions.Bookings);
        var oldData = (await ReadJsonAsync(old))["data"]!;
        await SettleAsync();
        var deliveries = Receiver.Received;

        Assert.Multiple(() =>
        {
            Assert.That((string?)moved["uid"], Is.Not.EqualTo(oldUid));
            Assert.That((string?)moved["start"], Is.EqualTo("2030-01-10T09:00:00.000Z"));
            Assert.That((string?)moved["rescheduledFromUid"], Is.EqualTo(oldUid));
            Assert.That((string?)oldData["status"], Is.EqualTo("cancelled"));
            Assert.That((string?)oldData["rescheduledToUid"], Is.EqualTo((string?)moved["uid"]));
            Assert.That(deliveries.Select(d => d.TriggerEvent), Is.EqualTo(new[] { "BOOKING_CREATED", "BOOKING_RESCHEDULED" }));
            Assert.That((string?)deliveries[1].Payload["uid"], Is.EqualTo((string?)moved["uid"]));
            Assert.That((string?)deliveries[1].Payload["rescheduleUid"], Is.EqualTo(oldUid));
            Assert.That((string?)deliveries[1].Payload["rescheduledBy"], Is.EqualTo(SeedIds.HostEmail));
        });
    }

    [Test]
    public async Task Reschedule_ByTheHost_OfAPendingBooking_IsAcceptedAtOnce()
    {
        await SubscribeReceiverAsync();
        var uid = (string)(await CreateBookingOkAsync(BookingRequests.Valid(Start, SeedIds.RequiresConfirmation)))["uid"]!;

        var moved = await HostActionOkAsync(uid, "reschedule", new JsonObject { ["start"] = "2030-01-10T09:00:00Z" }, HttpStatusCode.Created);
        var deliveries = await Receiver.WaitForAsync(2);

        Assert.Multiple(() =>
        {
            Assert.That((string?)moved["status"], Is.EqualTo("accepted"));
            Assert.That(deliveries[1].TriggerEvent, Is.EqualTo("BOOKING_RESCHEDULED"));
            Assert.That((string?)deliveries[1].Payload["status"], Is.EqualTo("ACCEPTED"));
        });
    }

    [Test]
    public async Task Reschedule_WithoutStart_Returns400AndChangesNothing()
    {
        var uid = (string)(await CreateBookingOkAsync(BookingRequests.Valid(Start)))["uid"]!;

        using var response = await SendAsync(HttpMethod.Post, $"/_sandbox/bookings/{uid}/reschedule", new JsonObject());

        Assert.Multiple(async () =>
        {
            Assert.That(await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "BadRequestException"), Does.Contain("start must be a valid ISO 8601 date string"));
            Assert.That(Server.BookingCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Reschedule_IntoABusySlot_Returns400()
    {
        var uid = (string)(await CreateBookingOkAsync(BookingRequests.Valid(Start)))["uid"]!;
        await CreateBookingOkAsync(BookingRequests.Valid("2030-01-10T09:00:00Z", SeedIds.ThirtyMinutes, "bob@example.com"));

        using var response = await SendAsync(HttpMethod.Post, $"/_sandbox/bookings/{uid}/reschedule", new JsonObject { ["start"] = "2030-01-10T09:00:00Z" });

        await AssertEnvelopeAsync(response, HttpStatusCode.BadRequest, "BadRequestException");
    }
}
