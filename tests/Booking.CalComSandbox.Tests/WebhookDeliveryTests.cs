using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Booking.CalComSandbox.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Booking.CalComSandbox.Tests;

/// <summary>What Cal.com posts to a subscriber when the sandbox's bookings change, checked at a real receiver.</summary>
public sealed class WebhookDeliveryTests : WebhookTestBase
{
    [Test]
    public async Task NewAcceptedBooking_SendsBookingCreated_SignedWithTheSecret()
    {
        await SubscribeReceiverAsync();
        var request = BookingRequests.Valid(Start)
            .WithAttendee("phoneNumber", "+442071234567")
            .With("guests", new JsonArray("guest@example.com"))
            .With("metadata", new JsonObject { ["orderId"] = "A-1" })
            .With("bookingFieldsResponses", new JsonObject { ["notes"] = "Hello" });

        var booking = await CreateBookingOkAsync(request);
        var delivery = (await Receiver.WaitForAsync(1)).Single();
        var payload = delivery.Payload;

        Assert.Multiple(() =>
        {
            Assert.That(delivery.Method, Is.EqualTo("POST"));
            Assert.That(delivery.Path, Is.EqualTo("/hook"));
            Assert.That(delivery.Header("Content-Type"), Is.EqualTo("application/json"));
            Assert.That(delivery.Header("X-Cal-Signature-256"), Is.EqualTo(ExpectedSignature(Secret, delivery)));
            Assert.That(delivery.Header("X-Cal-Signature-256"), Does.Match("^[0-9a-f]{64}$"));
            Assert.That(delivery.Header("X-Cal-Webhook-Version"), Is.EqualTo("2021-10-20"));
            Assert.That(delivery.Headers.Keys, Has.None.EqualTo("traceparent").IgnoreCase, "Cal.com's fetch sends no trace headers.");
            Assert.That(delivery.Json.AsObject().Select(p => p.Key), Is.EqualTo(new[] { "triggerEvent", "createdAt", "payload" }));
            Assert.That(delivery.TriggerEvent, Is.EqualTo("BOOKING_CREATED"));
            Assert.That((string?)delivery.Json["createdAt"], Is.EqualTo("2030-01-01T00:00:00.000Z"));

            Assert.That((string?)payload["uid"], Is.EqualTo((string?)booking["uid"]));
            Assert.That((int?)payload["bookingId"], Is.EqualTo((int?)booking["id"]));
            Assert.That((int?)payload["eventTypeId"], Is.EqualTo(SeedIds.ThirtyMinutes));
            Assert.That((string?)payload["status"], Is.EqualTo("ACCEPTED"));
            Assert.That((string?)payload["startTime"], Is.EqualTo("2030-01-08T13:00:00Z"));
            Assert.That((string?)payload["endTime"], Is.EqualTo("2030-01-08T13:30:00Z"));
            Assert.That((int?)payload["length"], Is.EqualTo(30));
            Assert.That((bool?)payload["requiresConfirmation"], Is.False);
            Assert.That((string?)payload["type"], Is.EqualTo("30min"));
            Assert.That((string?)payload["iCalUID"], Is.EqualTo($"{(string?)booking["uid"]}@Cal.com"));
            Assert.That((int?)payload["iCalSequence"], Is.Zero);
            Assert.That((string?)payload["additionalNotes"], Is.EqualTo("Hello"));

            Assert.That((int?)payload["organizer"]!["id"], Is.EqualTo(1001));
            Assert.That((string?)payload["organizer"]!["email"], Is.EqualTo(SeedIds.HostEmail));
            Assert.That((string?)payload["organizer"]!["timeZone"], Is.EqualTo("Europe/London"));
            Assert.That((int?)payload["organizer"]!["utcOffset"], Is.Zero);
            Assert.That((string?)payload["organizer"]!["language"]!["locale"], Is.EqualTo("en"));

            var attendees = payload["attendees"]!.AsArray();
            Assert.That(attendees.Select(a => (string?)a!["email"]), Is.EqualTo(new[] { "ann@example.com", "guest@example.com" }));
            Assert.That((string?)attendees[0]!["name"], Is.EqualTo("Ann Example"));
            Assert.That((string?)attendees[0]!["phoneNumber"], Is.EqualTo("+442071234567"));
            Assert.That((string?)attendees[0]!["timeZone"], Is.EqualTo("Europe/Berlin"));
            Assert.That((int?)attendees[0]!["utcOffset"], Is.EqualTo(60));

            Assert.That((string?)payload["responses"]!["name"]!["value"], Is.EqualTo("Ann Example"));
            Assert.That((string?)payload["responses"]!["email"]!["value"], Is.EqualTo("ann@example.com"));
            Assert.That((string?)payload["responses"]!["notes"]!["value"], Is.EqualTo("Hello"));
            Assert.That((string?)payload["responses"]!["location"]!["value"]!["value"], Is.EqualTo((string?)booking["location"]));
            Assert.That((string?)payload["metadata"]!["orderId"], Is.EqualTo("A-1"));
            Assert.That((string?)payload["metadata"]!["videoCallUrl"], Is.EqualTo((string?)booking["location"]));
        });
    }

    [Test]
    public async Task NewBookingThatNeedsConfirmation_SendsBookingRequestedWithStatusPending()
    {
        await SubscribeReceiverAsync();

        var booking = await CreateBookingOkAsync(BookingRequests.Valid(Start, SeedIds.RequiresConfirmation));
        var delivery = (await Receiver.WaitForAsync(1)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(delivery.TriggerEvent, Is.EqualTo("BOOKING_REQUESTED"));
            Assert.That((string?)delivery.Payload["status"], Is.EqualTo("PENDING"));
            Assert.That((bool?)delivery.Payload["requiresConfirmation"], Is.True);
            Assert.That((string?)delivery.Payload["uid"], Is.EqualTo((string?)booking["uid"]));

            // A pending booking has no video room yet.
            Assert.That(delivery.Payload["metadata"]!.AsObject(), Is.Empty);
        });
    }

    [Test]
    public async Task SameAttendeeRebookingAPendingSlot_GetsTheSameBookingAndNoSecondWebhook()
    {
        await SubscribeReceiverAsync();
        await CreateBookingOkAsync(BookingRequests.Valid(Start, SeedIds.RequiresConfirmation));
        await Receiver.WaitForAsync(1);

        await CreateBookingOkAsync(BookingRequests.Valid(Start, SeedIds.RequiresConfirmation));
        await SettleAsync();

        Assert.That(Receiver.Received, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task LegacyCreateWithoutVersionHeader_SendsBookingCreatedToo()
    {
        await SubscribeReceiverAsync();
        var legacy = new JsonObject
        {
            ["start"] = Start,
            ["eventTypeId"] = SeedIds.ThirtyMinutes,
            ["timeZone"] = "Europe/Berlin",
            ["language"] = "en",
            ["responses"] = new JsonObject { ["name"] = "Ann Example", ["email"] = "ann@example.com" },
        };

        using var response = await SendAsync(HttpMethod.Post, "/v2/bookings", legacy);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await Receiver.WaitForAsync(1)).Single().TriggerEvent, Is.EqualTo("BOOKING_CREATED"));
    }

    [Test]
    public async Task Reschedule_SendsOnlyBookingRescheduled_ForTheNewBooking()
    {
        await SubscribeReceiverAsync();
        var original = await CreateBookingOkAsync(BookingRequests.Valid(Start));
        await Receiver.WaitForAsync(1);
        Receiver.Reset();

        using var response = await SendAsync(
            HttpMethod.Post,
            $"/v2/bookings/{(string)original["uid"]!}/reschedule",
            new JsonObject { ["start"] = "2030-01-09T13:00:00Z", ["rescheduledBy"] = "ann@example.com", ["reschedulingReason"] = "Clash" },
            Versions.Bookings);
        var rescheduled = (await ReadJsonAsync(response))["data"]!;
        await SettleAsync();
        var delivery = Receiver.Received.Single();
        var payload = delivery.Payload;

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(delivery.TriggerEvent, Is.EqualTo("BOOKING_RESCHEDULED"));
            Assert.That((string?)payload["uid"], Is.EqualTo((string?)rescheduled["uid"]));
            Assert.That((string?)payload["status"], Is.EqualTo("ACCEPTED"));
            Assert.That((string?)payload["rescheduleUid"], Is.EqualTo((string?)original["uid"]));
            Assert.That((int?)payload["rescheduleId"], Is.EqualTo((int?)original["id"]));
            Assert.That((string?)payload["rescheduleStartTime"], Is.EqualTo("2030-01-08T13:00:00Z"));
            Assert.That((string?)payload["rescheduleEndTime"], Is.EqualTo("2030-01-08T13:30:00Z"));
            Assert.That((string?)payload["rescheduledBy"], Is.EqualTo("ann@example.com"));
            Assert.That((string?)payload["startTime"], Is.EqualTo("2030-01-09T13:00:00Z"));
            Assert.That((string?)payload["responses"]!["rescheduleReason"]!["value"], Is.EqualTo("Clash"));

            // The calendar event is the same one, one revision later.
            Assert.That((string?)payload["iCalUID"], Is.EqualTo($"{(string?)original["uid"]}@Cal.com"));
            Assert.That((int?)payload["iCalSequence"], Is.EqualTo(1));
        });
    }

    [Test]
    public async Task RescheduleByTheAttendee_OfAnEventTypeThatNeedsConfirmation_SendsBookingRequested()
    {
        await SubscribeReceiverAsync();
        var original = await CreateBookingOkAsync(BookingRequests.Valid(Start, SeedIds.RequiresConfirmation));
        await Receiver.WaitForAsync(1);
        Receiver.Reset();

        using var response = await SendAsync(
            HttpMethod.Post,
            $"/v2/bookings/{(string)original["uid"]!}/reschedule",
            new JsonObject { ["start"] = "2030-01-09T13:00:00Z", ["rescheduledBy"] = "ann@example.com" },
            Versions.Bookings);
        await SettleAsync();
        var delivery = Receiver.Received.Single();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(delivery.TriggerEvent, Is.EqualTo("BOOKING_REQUESTED"));
            Assert.That((string?)delivery.Payload["status"], Is.EqualTo("PENDING"));
            Assert.That((string?)delivery.Payload["rescheduleUid"], Is.EqualTo((string?)original["uid"]));
        });
    }

    [Test]
    public async Task Cancel_SendsBookingCancelled_WithoutMetadata()
    {
        await SubscribeReceiverAsync();
        var booking = await CreateBookingOkAsync(BookingRequests.Valid(Start).With("metadata", new JsonObject { ["orderId"] = "A-1" }));
        await Receiver.WaitForAsync(1);
        Receiver.Reset();

        using var response = await SendAsync(
            HttpMethod.Post, $"/v2/bookings/{(string)booking["uid"]!}/cancel", new JsonObject { ["cancellationReason"] = "No longer needed" }, Versions.Bookings);
        var delivery = (await Receiver.WaitForAsync(1)).Single();
        var payload = delivery.Payload;

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(delivery.TriggerEvent, Is.EqualTo("BOOKING_CANCELLED"));
            Assert.That((string?)payload["uid"], Is.EqualTo((string?)booking["uid"]));
            Assert.That((string?)payload["status"], Is.EqualTo("CANCELLED"));
            Assert.That((string?)payload["cancellationReason"], Is.EqualTo("No longer needed"));
            Assert.That((bool?)payload["requestReschedule"], Is.False);
            Assert.That(payload.AsObject().ContainsKey("metadata"), Is.False);
            Assert.That((int?)payload["iCalSequence"], Is.EqualTo(1));
            Assert.That((string?)payload["startTime"], Is.EqualTo("2030-01-08T13:00:00+00:00"));

            // Through API v2 Cal.com does not pass who cancelled.
            Assert.That(payload.AsObject().ContainsKey("cancelledBy"), Is.False);
        });
    }

    [Test]
    public async Task WebhookWithoutSecret_IsSignedNoSecretProvided()
    {
        await SubscribeReceiverAsync(secret: null);

        await CreateBookingOkAsync(BookingRequests.Valid(Start));

        Assert.That((await Receiver.WaitForAsync(1)).Single().Header("X-Cal-Signature-256"), Is.EqualTo("no-secret-provided"));
    }

    [Test]
    public async Task EveryMatchingWebhook_GetsItsOwnDelivery_SignedWithItsOwnSecret()
    {
        await SubscribeReceiverAsync("/a", "secret-a");
        await SubscribeReceiverAsync("/b", "secret-b");

        await CreateBookingOkAsync(BookingRequests.Valid(Start));
        var deliveries = await Receiver.WaitForAsync(2);

        Assert.Multiple(() =>
        {
            Assert.That(deliveries.Select(d => d.Path), Is.EquivalentTo(new[] { "/a", "/b" }));
            Assert.That(deliveries.Single(d => d.Path == "/a").Header("X-Cal-Signature-256"), Is.EqualTo(ExpectedSignature("secret-a", deliveries.Single(d => d.Path == "/a"))));
            Assert.That(deliveries.Single(d => d.Path == "/b").Header("X-Cal-Signature-256"), Is.EqualTo(ExpectedSignature("secret-b", deliveries.Single(d => d.Path == "/b"))));
        });
    }

    [Test]
    public async Task OnlySubscribedTriggersOfActiveWebhooks_AreSent()
    {
        await SubscribeReceiverAsync("/cancelled-only", Secret, "BOOKING_CANCELLED");
        var inactive = await SubscribeReceiverAsync("/inactive");
        using (await WebhooksApiAsync(HttpMethod.Patch, $"/v2/webhooks/{(string)inactive["id"]!}", new JsonObject { ["active"] = false }))
        {
        }

        var booking = await CreateBookingOkAsync(BookingRequests.Valid(Start));
        await SettleAsync();
        Assert.That(Receiver.Received, Is.Empty);

        using (await SendAsync(HttpMethod.Post, $"/v2/bookings/{(string)booking["uid"]!}/cancel", new JsonObject(), Versions.Bookings))
        {
        }

        var deliveries = await Receiver.WaitForAsync(1);
        await SettleAsync();
        Assert.Multiple(() =>
        {
            Assert.That(Receiver.Received, Has.Count.EqualTo(1));
            Assert.That(deliveries[0].Path, Is.EqualTo("/cancelled-only"));
            Assert.That(deliveries[0].TriggerEvent, Is.EqualTo("BOOKING_CANCELLED"));
        });
    }

    [Test]
    public async Task ReceiverAnswering500_IsNotRetried_AndTheBookingStands()
    {
        Receiver.Answer("/hook", new ReceiverAnswer(StatusCodes.Status500InternalServerError));
        var webhook = await SubscribeReceiverAsync();

        var booking = await CreateBookingOkAsync(BookingRequests.Valid(Start));
        await Task.Delay(1000);
        var deliveries = await DeliveriesAsync();

        Assert.Multiple(() =>
        {
            Assert.That(Receiver.Received, Has.Count.EqualTo(1));
            Assert.That(Server.BookingCount, Is.EqualTo(1));
            Assert.That((string?)deliveries.Single()!["webhookId"], Is.EqualTo((string?)webhook["id"]));
            Assert.That((string?)deliveries.Single()!["bookingUid"], Is.EqualTo((string?)booking["uid"]));
            Assert.That((string?)deliveries.Single()!["outcome"], Is.EqualTo("answered"));
            Assert.That((int?)deliveries.Single()!["responseStatus"], Is.EqualTo(500));
        });
    }

    [Test]
    public async Task RedirectAnswer_IsNotFollowed()
    {
        Receiver.Answer("/hook", new ReceiverAnswer(StatusCodes.Status307TemporaryRedirect, Receiver.UrlOf("/moved")));
        await SubscribeReceiverAsync();

        await CreateBookingOkAsync(BookingRequests.Valid(Start));
        await Receiver.WaitForAsync(1);
        await SettleAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(Receiver.Received.Select(r => r.Path), Is.EqualTo(new[] { "/hook" }));
            Assert.That((int?)(await DeliveriesAsync()).Single()!["responseStatus"], Is.EqualTo(307));
        });
    }

    [Test]
    public async Task Delivery_IsInline_TheBookingAnswersOnlyAfterTheReceiverDid()
    {
        Receiver.Answer("/hook", new ReceiverAnswer { Delay = TimeSpan.FromMilliseconds(400) });
        await SubscribeReceiverAsync();

        var stopwatch = Stopwatch.StartNew();
        await CreateBookingOkAsync(BookingRequests.Valid(Start));
        stopwatch.Stop();

        Assert.Multiple(() =>
        {
            // Already there when the booking answered: nothing was left to send in the background.
            Assert.That(Receiver.Received, Has.Count.EqualTo(1));
            Assert.That(stopwatch.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(380)));
        });
    }

    [Test]
    public async Task ReceiverThatNeverAnswers_HoldsTheBookingOnlyUntilTheWebhookTimeout()
    {
        Receiver.Answer("/hook", new ReceiverAnswer { Delay = TimeSpan.FromSeconds(30) });
        await SubscribeReceiverAsync();

        var stopwatch = Stopwatch.StartNew();
        await CreateBookingOkAsync(BookingRequests.Valid(Start));
        stopwatch.Stop();
        var delivery = (await DeliveriesAsync()).Single()!;

        Assert.Multiple(() =>
        {
            Assert.That(stopwatch.Elapsed, Is.GreaterThanOrEqualTo(WebhookTimeout - TimeSpan.FromMilliseconds(50)));
            Assert.That(stopwatch.Elapsed, Is.LessThan(WebhookTimeout + TimeSpan.FromSeconds(3)));
            Assert.That((string?)delivery["outcome"], Is.EqualTo("failed"));
            Assert.That(delivery["responseStatus"], Is.Null);
        });
    }

    [Test]
    public async Task UnreachableReceiver_IsLoggedAndDropped_AndTheBookingStands()
    {
        using var closed = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        await CreateWebhookOkAsync(WebhookBody($"http://127.0.0.1:{port}/nobody"));

        using var response = await CreateBookingAsync(BookingRequests.Valid(Start));

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((string?)(await DeliveriesAsync()).Single()!["outcome"], Is.EqualTo("failed"));
        });
    }

    [Test]
    public async Task SubscriberUrlThatIsNoUrl_IsAcceptedAsCalComDoes_AndFailsOnlyAtDelivery()
    {
        await CreateWebhookOkAsync(WebhookBody("not a url"));

        using var response = await CreateBookingAsync(BookingRequests.Valid(Start));

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((string?)(await DeliveriesAsync()).Single()!["outcome"], Is.EqualTo("failed"));
        });
    }

    [Test]
    public async Task Ping_SendsAPingWithTestData_AndAnswersOkAndStatus()
    {
        Receiver.Answer("/hook", new ReceiverAnswer(StatusCodes.Status202Accepted));
        var webhook = await SubscribeReceiverAsync();

        using var response = await SendAsync(HttpMethod.Post, $"/_sandbox/webhooks/{(string)webhook["id"]!}/ping");
        var answer = await ReadJsonAsync(response);
        var delivery = Receiver.Received.Single();

        Assert.Multiple(() =>
        {
            Assert.That((bool?)answer["ok"], Is.True);
            Assert.That((int?)answer["status"], Is.EqualTo(202));
            Assert.That(delivery.TriggerEvent, Is.EqualTo("PING"));
            Assert.That((string?)delivery.Payload["title"], Is.EqualTo("Test trigger event"));
            Assert.That(delivery.Header("X-Cal-Signature-256"), Is.EqualTo(ExpectedSignature(Secret, delivery)));
        });
    }

    [Test]
    public async Task Ping_OfUnknownWebhook_Returns404()
    {
        using var response = await SendAsync(HttpMethod.Post, "/_sandbox/webhooks/nope/ping");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task PayloadTemplate_IsRenderedAndSigned()
    {
        var body = WebhookBody(Receiver.UrlOf("/hook")).With(
            "payloadTemplate", "{\"content\":\"A new event\",\"trigger\":\"{{triggerEvent}}\",\"booker\":\"{{attendees.0.name}}\",\"organizer\":\"{{organizer.name}}\"}");
        await CreateWebhookOkAsync(body);

        await CreateBookingOkAsync(BookingRequests.Valid(Start));
        var delivery = (await Receiver.WaitForAsync(1)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(delivery.BodyText, Is.EqualTo("{\"content\":\"A new event\",\"trigger\":\"BOOKING_CREATED\",\"booker\":\"Ann Example\",\"organizer\":\"Sandbox Host\"}"));
            Assert.That(delivery.Header("Content-Type"), Is.EqualTo("application/json"));
            Assert.That(delivery.Header("X-Cal-Signature-256"), Is.EqualTo(ExpectedSignature(Secret, delivery)));
        });
    }

    [Test]
    public async Task PayloadTemplateThatIsNotJson_IsSentFormEncodedAndHtmlEscaped()
    {
        await CreateWebhookOkAsync(WebhookBody(Receiver.UrlOf("/hook")).With("payloadTemplate", "title={{title}}&raw={{{type}}}"));

        await CreateBookingOkAsync(BookingRequests.Valid(Start).WithAttendee("name", "Ann & Bob"));
        var delivery = (await Receiver.WaitForAsync(1)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(delivery.Header("Content-Type"), Is.EqualTo("application/x-www-form-urlencoded"));
            Assert.That(delivery.BodyText, Is.EqualTo("title=30 Min Meeting between Sandbox Host and Ann &amp; Bob&raw=30min"));
        });
    }
}
