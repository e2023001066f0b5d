using System.Text.Json;
using Booking.Application.Common.Failures;
using Booking.Domain.Bookings;
using Booking.Infrastructure.Tests.Support;

namespace Booking.Infrastructure.Tests;

/// <summary>Reading, cancelling and rescheduling a booking: requests, replies and Cal.com's errors (docs/calcom.md#cancel, #reschedule).</summary>
public sealed class BookingReadAndChangeTests : GatewayTestBase
{
    private const string Uid = BookingRequests.Uid;
    private const string Reason = "Clash with another meeting";

    private static readonly ReservationId Id = ReservationId.From(Uid);

    private static readonly TimeSlot NewSlot = TimeSlot.Create(
        new DateTimeOffset(2030, 1, 9, 11, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2030, 1, 9, 11, 30, 0, TimeSpan.FromHours(1)));

    [Test]
    public async Task GetBooking_GetsTheBookingWithTheBookingsVersion()
    {
        Stub.Enqueue(LifecycleReplies.Booking());

        var booking = await CreateGateway().GetBookingAsync(Id, CancellationToken.None);

        var request = Stub.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("GET"));
            Assert.That(request.Path, Is.EqualTo("/v2/bookings/bk_7f3a"));
            Assert.That(request.Header("cal-api-version"), Is.EqualTo("2024-08-13"));
            Assert.That(request.Header("Authorization"), Is.EqualTo($"Bearer {ApiKey}"));
            Assert.That(booking.Id, Is.EqualTo(Id));
            Assert.That(booking.Status, Is.EqualTo(BookingStatus.Confirmed));
            Assert.That(booking.Attendee.Email.Value, Is.EqualTo("jane.roe@example.com"));
        });
    }

    [Test]
    public async Task GetBooking_ReadsTheRescheduleLinks()
    {
        Stub.Enqueue(LifecycleReplies.Booking(status: "cancelled", rescheduledFromUid: "bk_older", rescheduledToUid: "bk_newer"));

        var booking = await CreateGateway().GetBookingAsync(Id, CancellationToken.None);

        Assert.That((booking.Status, booking.RescheduledFrom?.Value, booking.RescheduledTo?.Value), Is.EqualTo((BookingStatus.Cancelled, "bk_older", "bk_newer")));
    }

    [TestCase("accepted", BookingStatus.Confirmed)]
    [TestCase("pending", BookingStatus.Pending)]
    [TestCase("awaiting_host", BookingStatus.Pending)]
    [TestCase("cancelled", BookingStatus.Cancelled)]
    [TestCase("rejected", BookingStatus.Rejected)]
    public async Task GetBooking_WhenCalComReportsAStatus_ReadsItInOurTerms(string calComStatus, BookingStatus expected)
    {
        Stub.Enqueue(LifecycleReplies.Booking(status: calComStatus));

        var booking = await CreateGateway().GetBookingAsync(Id, CancellationToken.None);

        Assert.That(booking.Status, Is.EqualTo(expected));
    }

    [TestCase("ACCEPTED")]
    [TestCase("awaiting_payment")]
    public void GetBooking_WhenTheStatusIsUnknown_ThrowsCalComFailed(string calComStatus)
    {
        // Cal.com changed its contract: reported, not guessed.
        Stub.Enqueue(LifecycleReplies.Booking(status: calComStatus));

        var thrown = FailureAssert.ThrowsAsync(FailureKind.CalComFailed, () => CreateGateway().GetBookingAsync(Id, CancellationToken.None));

        Assert.That(thrown.Message, Does.Contain($"'{calComStatus}'"));
    }

    [Test]
    public async Task GetBooking_WhenCalComListsSeveralAttendees_ReadsTheFirstWithTimesAndEventType()
    {
        Stub.Enqueue(LifecycleReplies.Booking(attendees: """
            [{"name": "Jane Roe", "email": "jane.roe@example.com", "timeZone": "Europe/Berlin"}, {"name": "Guest", "email": "guest@example.com"}]
            """));

        var booking = await CreateGateway().GetBookingAsync(Id, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(booking.Slot, Is.EqualTo(TimeSlot.Create(BookingRequests.Start, BookingRequests.Start.AddMinutes(30))));
            Assert.That(booking.EventTypeId, Is.EqualTo(BookingRequests.EventTypeId));
            Assert.That(booking.Attendee, Is.EqualTo(BookingRequests.Attendee));
            Assert.That((booking.RescheduledFrom, booking.RescheduledTo), Is.EqualTo(((ReservationId?)null, (ReservationId?)null)));
        });
    }

    [TestCase("[]")]
    [TestCase("""[{"name": "Jane Roe"}]""")]
    [TestCase("""[{"email": "jane.roe@example.com"}]""")]
    public void GetBooking_WhenNoAttendeeHasANameAndAnEmail_ThrowsCalComFailed(string attendees)
    {
        // Every booking made through this API has its attendee; one without is not a booking we can describe.
        Stub.Enqueue(LifecycleReplies.Booking(attendees: attendees));

        FailureAssert.ThrowsAsync(FailureKind.CalComFailed, () => CreateGateway().GetBookingAsync(Id, CancellationToken.None));
    }

    [Test]
    public void GetBooking_OfARecurringSeries_ThrowsInvalidReservationIdNamingHowMany()
    {
        Stub.Enqueue(StubReply.Json(200, """
            {"status": "success", "data": [
              {"uid": "bk_1", "status": "accepted", "start": "2030-01-08T13:00:00.000Z", "end": "2030-01-08T13:30:00.000Z", "eventTypeId": 42},
              {"uid": "bk_2", "status": "accepted", "start": "2030-01-15T13:00:00.000Z", "end": "2030-01-15T13:30:00.000Z", "eventTypeId": 42}
            ]}
            """));

        var thrown = FailureAssert.ThrowsAsync(FailureKind.InvalidRequest, () => CreateGateway().GetBookingAsync(Id, CancellationToken.None));

        Assert.That(thrown.Errors.Single(), Is.EqualTo(new Booking.Domain.Common.FieldError(
            "reservationId", "bk_7f3a is a recurring series of 2 bookings; use the reservation id of one of them.")));
    }

    [Test]
    public void GetBooking_WhenTheReplyIsNotJson_ThrowsCalComFailed()
    {
        Stub.Enqueue(StubReply.Json(200, "{\"status\": \"success\", \"data\": "));

        FailureAssert.ThrowsAsync(FailureKind.CalComFailed, () => CreateGateway().GetBookingAsync(Id, CancellationToken.None));
    }

    [Test]
    public void GetBooking_WhenUnknown_ThrowsBookingNotFound()
    {
        Stub.Enqueue(CalComReplies.Envelope(404, "NotFoundException", "Booking with uid=bk_7f3a was not found in the database"));

        var thrown = FailureAssert.ThrowsAsync(FailureKind.BookingNotFound, () => CreateGateway().GetBookingAsync(Id, CancellationToken.None));

        Assert.That(thrown.Message, Does.Contain(Uid));
    }

    [Test]
    public async Task GetBooking_WhenCalComFailsTransiently_IsRetried()
    {
        Stub.Enqueue(CalComReplies.NestDefault(502, "Bad gateway"), LifecycleReplies.Booking());

        var booking = await CreateGateway().GetBookingAsync(Id, CancellationToken.None);

        Assert.That(booking.Id, Is.EqualTo(Id));
        Assert.That(Stub.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task CancelBooking_PostsExactlyTheReason()
    {
        Stub.Enqueue(LifecycleReplies.Booking(status: "cancelled"));

        var booking = await CreateGateway().CancelBookingAsync(Id, "Changed plans", CancellationToken.None);

        var request = Stub.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("POST"));
            Assert.That(request.Path, Is.EqualTo("/v2/bookings/bk_7f3a/cancel"));
            Assert.That(request.Header("cal-api-version"), Is.EqualTo("2024-08-13"));
            Assert.That(request.Header("Content-Type"), Does.StartWith("application/json"));
            Assert.That(request.Body, Is.EqualTo("""{"cancellationReason":"Changed plans"}"""));
            Assert.That(booking!.Status, Is.EqualTo(BookingStatus.Cancelled));
        });
    }

    [Test]
    public async Task CancelBooking_WhenCancelledAlready_ReturnsNull()
    {
        Stub.Enqueue(CalComReplies.Envelope(400, "BadRequestException",
            "Can't cancel booking with uid=bk_7f3a because it has been cancelled already. Please provide uid of a booking that is not cancelled."));

        var booking = await CreateGateway().CancelBookingAsync(Id, "Changed plans", CancellationToken.None);

        Assert.That(booking, Is.Null);
    }

    [Test]
    public void CancelBooking_WhenTheReplyNamesNoAttendee_ThrowsCalComFailed()
    {
        Stub.Enqueue(LifecycleReplies.Booking(status: "cancelled", attendees: "[]"));

        FailureAssert.ThrowsAsync(FailureKind.CalComFailed, () => CreateGateway().CancelBookingAsync(Id, "Changed plans", CancellationToken.None));
    }

    [TestCase("Cannot cancel a booking that has already ended")]
    [TestCase("This event type does not allow cancellations")]
    public void CancelBooking_WhenCalComForbidsIt_ThrowsNotCancellable(string message)
    {
        Stub.Enqueue(CalComReplies.NestDefault(400, message));

        var thrown = FailureAssert.ThrowsAsync(FailureKind.BookingNotCancellable, () => CreateGateway().CancelBookingAsync(Id, "Changed plans", CancellationToken.None));

        Assert.That(thrown.Message, Is.EqualTo(message));
    }

    [Test]
    public void CancelBooking_WhenUnknown_ThrowsBookingNotFound()
    {
        Stub.Enqueue(CalComReplies.Envelope(404, "NotFoundException", "Booking with uid=bk_7f3a not found"));

        FailureAssert.ThrowsAsync(FailureKind.BookingNotFound, () => CreateGateway().CancelBookingAsync(Id, "Changed plans", CancellationToken.None));
    }

    [Test]
    public void CancelBooking_WhenCalComRejectsTheBodyOtherwise_ThrowsInvalidRequestWithItsReason()
    {
        Stub.Enqueue(CalComReplies.NestDefault(400, "Cancellation reason is required when you are the host"));

        var reason = FailureAssert.RejectedByCalComAsync(() => CreateGateway().CancelBookingAsync(Id, "Changed plans", CancellationToken.None));

        Assert.That(reason, Is.EqualTo("Cancellation reason is required when you are the host"));
    }

    [Test]
    public void CancelBooking_WhenCalComFails_IsNotRetried()
    {
        Stub.Enqueue(CalComReplies.NestDefault(503, "Service unavailable"), LifecycleReplies.Booking(status: "cancelled"));

        FailureAssert.ThrowsAsync(FailureKind.CalComFailed, () => CreateGateway().CancelBookingAsync(Id, "Changed plans", CancellationToken.None));
        Assert.That(Stub.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task RescheduleBooking_PostsTheNewStartInUtcAndTheReason()
    {
        Stub.Enqueue(LifecycleReplies.Booking(uid: "bk_new", rescheduledFromUid: Uid, httpStatus: 201));

        var booking = await CreateGateway().RescheduleBookingAsync(BookingRequests.Existing(), NewSlot, Reason, CancellationToken.None);

        var request = Stub.Requests.Single();
        using var body = JsonDocument.Parse(request.Body);
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("POST"));
            Assert.That(request.Path, Is.EqualTo("/v2/bookings/bk_7f3a/reschedule"));
            Assert.That(request.Header("cal-api-version"), Is.EqualTo("2024-08-13"));
            Assert.That(body.RootElement.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "start", "reschedulingReason" }));
            Assert.That(body.RootElement.GetProperty("start").GetString(), Is.EqualTo("2030-01-09T10:00:00.000Z"));
            Assert.That(body.RootElement.GetProperty("reschedulingReason").GetString(), Is.EqualTo(Reason));
            Assert.That(booking.Id?.Value, Is.EqualTo("bk_new"));
            Assert.That(booking.RescheduledFrom, Is.EqualTo(Id));
        });
    }

    [TestCase("[]")]
    [TestCase("""[{"name": "Host Assistant", "email": "assistant@cal.test"}]""")]
    public async Task RescheduleBooking_WhenCalComListsOtherAttendees_ReturnsTheNewBookingOfTheSameAttendee(string attendees)
    {
        Stub.Enqueue(LifecycleReplies.Booking(uid: "bk_new", rescheduledFromUid: Uid, httpStatus: 201, attendees: attendees));

        var booking = await CreateGateway().RescheduleBookingAsync(BookingRequests.Existing(), NewSlot, Reason, CancellationToken.None);

        Assert.That(booking.Attendee, Is.EqualTo(BookingRequests.Attendee));
    }

    [Test]
    public async Task RescheduleBooking_WithoutReason_SendsOnlyTheStart()
    {
        Stub.Enqueue(LifecycleReplies.Booking(uid: "bk_new", httpStatus: 201));

        await CreateGateway().RescheduleBookingAsync(BookingRequests.Existing(), NewSlot, null, CancellationToken.None);

        Assert.That(Stub.Requests.Single().Body, Is.EqualTo("""{"start":"2030-01-09T10:00:00.000Z"}"""));
    }

    [TestCase(400, "User either already has booking at this time or is not available")]
    [TestCase(409, "booking_conflict_error")]
    public void RescheduleBooking_WhenNewSlotTaken_ThrowsSlotUnavailable(int status, string message)
    {
        Stub.Enqueue(CalComReplies.NestDefault(status, message));

        FailureAssert.ThrowsAsync(FailureKind.SlotUnavailable, () => CreateGateway().RescheduleBookingAsync(BookingRequests.Existing(), NewSlot, Reason, CancellationToken.None));
    }

    [Test]
    public void RescheduleBooking_WhenBookingCancelled_ThrowsNotReschedulable()
    {
        Stub.Enqueue(CalComReplies.Envelope(400, "BadRequestException",
            "Can't reschedule booking with uid=bk_7f3a because it has been cancelled. Please provide uid of a booking that is not cancelled."));

        FailureAssert.ThrowsAsync(FailureKind.BookingNotReschedulable, () => CreateGateway().RescheduleBookingAsync(BookingRequests.Existing(), NewSlot, Reason, CancellationToken.None));
    }

    [Test]
    public void RescheduleBooking_WhenCalComFails_IsNotRetried()
    {
        Stub.Enqueue(CalComReplies.NestDefault(500, "Internal server error"), LifecycleReplies.Booking(uid: "bk_new", httpStatus: 201));

        FailureAssert.ThrowsAsync(FailureKind.CalComFailed, () => CreateGateway().RescheduleBookingAsync(BookingRequests.Existing(), NewSlot, Reason, CancellationToken.None));
        Assert.That(Stub.Requests, Has.Count.EqualTo(1), "a retried reschedule could move the booking twice");
    }
}
