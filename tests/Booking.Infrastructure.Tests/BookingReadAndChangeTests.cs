using System.Text.Json;
using Booking.Application.Common.CalCom;
using Booking.Application.Common.Exceptions;
using Booking.Infrastructure.Tests.Support;

namespace Booking.Infrastructure.Tests;

/// <summary>Reading, cancelling and rescheduling a booking: requests, replies and CONTRACT §3's errors.</summary>
public sealed class BookingReadAndChangeTests : GatewayTestBase
{
    private const string Uid = "bk_7f3a";

    private static readonly CalComRescheduleRequest Reschedule = new()
    {
        Uid = Uid,
        Start = new DateTimeOffset(2030, 1, 9, 11, 0, 0, TimeSpan.FromHours(1)),
        Reason = "Clash with another meeting",
    };

    [Test]
    public async Task GetBooking_GetsTheBookingWithTheBookingsVersion()
    {
        Stub.Enqueue(LifecycleReplies.Booking());

        var booking = await CreateGateway().GetBookingAsync(Uid, CancellationToken.None);

        var request = Stub.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("GET"));
            Assert.That(request.Path, Is.EqualTo("/v2/bookings/bk_7f3a"));
            Assert.That(request.Header("cal-api-version"), Is.EqualTo("2024-08-13"));
            Assert.That(request.Header("Authorization"), Is.EqualTo($"Bearer {ApiKey}"));
            Assert.That(booking.Uid, Is.EqualTo(Uid));
            Assert.That(booking.Status, Is.EqualTo("accepted"));
            Assert.That(booking.AttendeeEmail, Is.EqualTo("jane.roe@example.com"));
        });
    }

    [Test]
    public async Task GetBooking_ReadsTheRescheduleLinks()
    {
        Stub.Enqueue(LifecycleReplies.Booking(status: "cancelled", rescheduledFromUid: "bk_older", rescheduledToUid: "bk_newer"));

        var booking = await CreateGateway().GetBookingAsync(Uid, CancellationToken.None);

        Assert.That((booking.Status, booking.RescheduledFromUid, booking.RescheduledToUid), Is.EqualTo(("cancelled", "bk_older", "bk_newer")));
    }

    [Test]
    public void GetBooking_OfARecurringSeries_ThrowsRecurringSeriesNamingHowMany()
    {
        Stub.Enqueue(StubReply.Json(200, """
            {"status": "success", "data": [
              {"uid": "bk_1", "status": "accepted", "start": "2030-01-08T13:00:00.000Z", "end": "2030-01-08T13:30:00.000Z", "eventTypeId": 42},
              {"uid": "bk_2", "status": "accepted", "start": "2030-01-15T13:00:00.000Z", "end": "2030-01-15T13:30:00.000Z", "eventTypeId": 42}
            ]}
            """));

        var thrown = Assert.ThrowsAsync<RecurringBookingSeriesException>(() => CreateGateway().GetBookingAsync(Uid, CancellationToken.None));

        Assert.That(thrown!.Message, Is.EqualTo("bk_7f3a is a recurring series of 2 bookings; use the reservation id of one of them."));
    }

    [Test]
    public void GetBooking_WhenTheReplyIsNotJson_ThrowsUpstream()
    {
        Stub.Enqueue(StubReply.Json(200, "{\"status\": \"success\", \"data\": "));

        Assert.ThrowsAsync<CalComUpstreamException>(() => CreateGateway().GetBookingAsync(Uid, CancellationToken.None));
    }

    [Test]
    public void GetBooking_WhenUnknown_ThrowsBookingNotFound()
    {
        Stub.Enqueue(CalComReplies.Envelope(404, "NotFoundException", "Booking with uid=bk_7f3a was not found in the database"));

        var thrown = Assert.ThrowsAsync<BookingNotFoundException>(() => CreateGateway().GetBookingAsync(Uid, CancellationToken.None));

        Assert.That(thrown!.Message, Does.Contain(Uid));
    }

    [Test]
    public async Task GetBooking_WhenCalComFailsTransiently_IsRetried()
    {
        Stub.Enqueue(CalComReplies.NestDefault(502, "Bad gateway"), LifecycleReplies.Booking());

        var booking = await CreateGateway().GetBookingAsync(Uid, CancellationToken.None);

        Assert.That(booking.Uid, Is.EqualTo(Uid));
        Assert.That(Stub.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task GetBooking_EscapesTheUidInThePath()
    {
        Stub.Enqueue(LifecycleReplies.Booking());

        await CreateGateway().GetBookingAsync("a/../b", CancellationToken.None);

        Assert.That(Stub.Requests.Single().Path, Is.EqualTo("/v2/bookings/a%2F..%2Fb"), "one path segment, never another route");
    }

    [Test]
    public async Task CancelBooking_PostsExactlyTheReason()
    {
        Stub.Enqueue(LifecycleReplies.Booking(status: "cancelled"));

        var booking = await CreateGateway().CancelBookingAsync(Uid, "Changed plans", CancellationToken.None);

        var request = Stub.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("POST"));
            Assert.That(request.Path, Is.EqualTo("/v2/bookings/bk_7f3a/cancel"));
            Assert.That(request.Header("cal-api-version"), Is.EqualTo("2024-08-13"));
            Assert.That(request.Header("Content-Type"), Does.StartWith("application/json"));
            Assert.That(request.Body, Is.EqualTo("""{"cancellationReason":"Changed plans"}"""));
            Assert.That(booking!.Status, Is.EqualTo("cancelled"));
        });
    }

    [Test]
    public async Task CancelBooking_WhenCancelledAlready_ReturnsNull()
    {
        Stub.Enqueue(CalComReplies.Envelope(400, "BadRequestException",
            "Can't cancel booking with uid=bk_7f3a because it has been cancelled already. Please provide uid of a booking that is not cancelled."));

        var booking = await CreateGateway().CancelBookingAsync(Uid, "Changed plans", CancellationToken.None);

        Assert.That(booking, Is.Null);
    }

    [TestCase("Cannot cancel a booking that has already ended")]
    [TestCase("This event type does not allow cancellations")]
    public void CancelBooking_WhenCalComForbidsIt_ThrowsNotCancellable(string message)
    {
        Stub.Enqueue(CalComReplies.NestDefault(400, message));

        var thrown = Assert.ThrowsAsync<BookingNotCancellableException>(() => CreateGateway().CancelBookingAsync(Uid, "Changed plans", CancellationToken.None));

        Assert.That(thrown!.Message, Is.EqualTo(message));
    }

    [Test]
    public void CancelBooking_WhenUnknown_ThrowsBookingNotFound()
    {
        Stub.Enqueue(CalComReplies.Envelope(404, "NotFoundException", "Booking with uid=bk_7f3a not found"));

        Assert.ThrowsAsync<BookingNotFoundException>(() => CreateGateway().CancelBookingAsync(Uid, "Changed plans", CancellationToken.None));
    }

    [Test]
    public void CancelBooking_WhenCalComRejectsTheBodyOtherwise_ThrowsRejected()
    {
        Stub.Enqueue(CalComReplies.NestDefault(400, "Cancellation reason is required when you are the host"));

        Assert.ThrowsAsync<CalComRejectedRequestException>(() => CreateGateway().CancelBookingAsync(Uid, "Changed plans", CancellationToken.None));
    }

    [Test]
    public void CancelBooking_WhenCalComFails_IsNotRetried()
    {
        Stub.Enqueue(CalComReplies.NestDefault(503, "Service unavailable"), LifecycleReplies.Booking(status: "cancelled"));

        Assert.ThrowsAsync<CalComUpstreamException>(() => CreateGateway().CancelBookingAsync(Uid, "Changed plans", CancellationToken.None));
        Assert.That(Stub.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task RescheduleBooking_PostsTheNewStartInUtcAndTheReason()
    {
        Stub.Enqueue(LifecycleReplies.Booking(uid: "bk_new", rescheduledFromUid: Uid, httpStatus: 201));

        var booking = await CreateGateway().RescheduleBookingAsync(Reschedule, CancellationToken.None);

        var request = Stub.Requests.Single();
        using var body = JsonDocument.Parse(request.Body);
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("POST"));
            Assert.That(request.Path, Is.EqualTo("/v2/bookings/bk_7f3a/reschedule"));
            Assert.That(request.Header("cal-api-version"), Is.EqualTo("2024-08-13"));
            Assert.That(body.RootElement.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "start", "reschedulingReason" }));
            Assert.That(body.RootElement.GetProperty("start").GetString(), Is.EqualTo("2030-01-09T10:00:00.000Z"));
            Assert.That(body.RootElement.GetProperty("reschedulingReason").GetString(), Is.EqualTo("Clash with another meeting"));
            Assert.That(booking.Uid, Is.EqualTo("bk_new"));
            Assert.That(booking.RescheduledFromUid, Is.EqualTo(Uid));
        });
    }

    [Test]
    public async Task RescheduleBooking_WithoutReason_SendsOnlyTheStart()
    {
        Stub.Enqueue(LifecycleReplies.Booking(uid: "bk_new", httpStatus: 201));

        await CreateGateway().RescheduleBookingAsync(Reschedule with { Reason = null }, CancellationToken.None);

        Assert.That(Stub.Requests.Single().Body, Is.EqualTo("""{"start":"2030-01-09T10:00:00.000Z"}"""));
    }

    [TestCase(400, "User either already has booking at this time or is not available")]
    [TestCase(409, "booking_conflict_error")]
    public void RescheduleBooking_WhenNewSlotTaken_ThrowsSlotUnavailable(int status, string message)
    {
        Stub.Enqueue(CalComReplies.NestDefault(status, message));

        Assert.ThrowsAsync<SlotUnavailableException>(() => CreateGateway().RescheduleBookingAsync(Reschedule, CancellationToken.None));
    }

    [Test]
    public void RescheduleBooking_WhenBookingCancelled_ThrowsNotReschedulable()
    {
        Stub.Enqueue(CalComReplies.Envelope(400, "BadRequestException",
            "Can't reschedule booking with uid=bk_7f3a because it has been cancelled. Please provide uid of a booking that is not cancelled."));

        Assert.ThrowsAsync<BookingNotReschedulableException>(() => CreateGateway().RescheduleBookingAsync(Reschedule, CancellationToken.None));
    }

    [Test]
    public void RescheduleBooking_WhenCalComFails_IsNotRetried()
    {
        Stub.Enqueue(CalComReplies.NestDefault(500, "Internal server error"), LifecycleReplies.Booking(uid: "bk_new", httpStatus: 201));

        Assert.ThrowsAsync<CalComUpstreamException>(() => CreateGateway().RescheduleBookingAsync(Reschedule, CancellationToken.None));
        Assert.That(Stub.Requests, Has.Count.EqualTo(1), "a retried reschedule could move the booking twice");
    }
}
