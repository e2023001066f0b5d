using Booking.Application.Common.Failures;
using Booking.Domain.Bookings;
using Booking.Domain.Slots;
using Booking.Infrastructure.Tests.Support;

namespace Booking.Infrastructure.Tests;

public sealed class HoldSlotTests : GatewayTestBase
{
    private static readonly EventTypeId EventTypeId = EventTypeId.From(42);
    private static readonly DateTimeOffset Start = new(2030, 1, 8, 14, 0, 0, TimeSpan.FromHours(1));

    [Test]
    public async Task HoldSlot_PostsTheReservationWithTheSlotsVersion()
    {
        Stub.Enqueue(LifecycleReplies.Reservation());

        await CreateGateway().HoldSlotAsync(EventTypeId, Start, null, null, CancellationToken.None);

        var request = Stub.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("POST"));
            Assert.That(request.Path, Is.EqualTo("/v2/slots/reservations"));
            Assert.That(request.Header("cal-api-version"), Is.EqualTo("2024-09-04"));
            Assert.That(request.Body, Is.EqualTo("""{"eventTypeId":42,"slotStart":"2030-01-08T13:00:00.000Z"}"""));
        });
    }

    [Test]
    public async Task HoldSlot_WithDuration_SendsSlotDuration()
    {
        Stub.Enqueue(LifecycleReplies.Reservation());

        await CreateGateway().HoldSlotAsync(EventTypeId, Start, 60, null, CancellationToken.None);

        Assert.That(Stub.Requests.Single().Body, Is.EqualTo("""{"eventTypeId":42,"slotStart":"2030-01-08T13:00:00.000Z","slotDuration":60}"""));
    }

    [Test]
    public async Task HoldSlot_WhenTheEventTypeOffersSeveralLengths_SendsTheChosenDuration()
    {
        Stub.Enqueue(LifecycleReplies.Reservation());
        var eventType = BookingRequests.EventType() with { LengthInMinutesOptions = [30, 60] };

        await CreateGateway().HoldSlotAsync(EventTypeId, Start, 60, eventType, CancellationToken.None);

        Assert.That(Stub.Requests.Single().Body, Is.EqualTo("""{"eventTypeId":42,"slotStart":"2030-01-08T13:00:00.000Z","slotDuration":60}"""));
    }

    [Test]
    public async Task HoldSlot_WhenTheEventTypeOffersOneLength_SendsNoDuration()
    {
        // Cal.com uses the event type's only length.
        Stub.Enqueue(LifecycleReplies.Reservation());

        await CreateGateway().HoldSlotAsync(EventTypeId, Start, 30, BookingRequests.EventType(), CancellationToken.None);

        Assert.That(Stub.Requests.Single().Body, Is.EqualTo("""{"eventTypeId":42,"slotStart":"2030-01-08T13:00:00.000Z"}"""));
    }

    [Test]
    public async Task HoldSlot_ReturnsTheHold()
    {
        Stub.Enqueue(LifecycleReplies.Reservation(uid: "res-1"));

        var hold = await CreateGateway().HoldSlotAsync(EventTypeId, Start, null, null, CancellationToken.None);

        Assert.That(hold, Is.EqualTo(new SlotHold
        {
            Id = "res-1",
            EventTypeId = EventTypeId,
            Slot = TimeSlot.Create(new DateTimeOffset(2030, 1, 8, 13, 0, 0, TimeSpan.Zero), new DateTimeOffset(2030, 1, 8, 13, 30, 0, TimeSpan.Zero)),
            ExpiresAt = new DateTimeOffset(2030, 1, 1, 12, 5, 0, TimeSpan.Zero),
        }));
    }

    [TestCase("Can't reserve a slot if the event is already booked.")]
    [TestCase("This time slot is already reserved by another user. Please choose a different time slot.")]
    public void HoldSlot_WhenBookedOrHeld_ThrowsSlotUnavailable(string message)
    {
        Stub.Enqueue(CalComReplies.Envelope(422, "UnprocessableEntityException", message));

        var thrown = FailureAssert.ThrowsAsync(FailureKind.SlotUnavailable, () => CreateGateway().HoldSlotAsync(EventTypeId, Start, null, null, CancellationToken.None));

        Assert.That(thrown.Message, Is.EqualTo(message));
    }

    [Test]
    public void HoldSlot_WhenEventTypeUnknown_ThrowsEventTypeNotFound()
    {
        Stub.Enqueue(CalComReplies.Envelope(404, "NotFoundException", "Event Type with ID=42 not found"));

        FailureAssert.ThrowsAsync(FailureKind.EventTypeNotFound, () => CreateGateway().HoldSlotAsync(EventTypeId, Start, null, null, CancellationToken.None));
    }

    [Test]
    public void HoldSlot_WhenCalComFails_IsNotRetried()
    {
        Stub.Enqueue(CalComReplies.NestDefault(503, "Service unavailable"), LifecycleReplies.Reservation());

        FailureAssert.ThrowsAsync(FailureKind.CalComFailed, () => CreateGateway().HoldSlotAsync(EventTypeId, Start, null, null, CancellationToken.None));
        Assert.That(Stub.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void HoldSlot_WhenReplyLacksTheReservationUid_ThrowsCalComFailed()
    {
        Stub.Enqueue(StubReply.Json(201, """{"status":"success","data":{"eventTypeId":42,"slotStart":"2030-01-08T13:00:00.000Z"}}"""));

        FailureAssert.ThrowsAsync(FailureKind.CalComFailed, () => CreateGateway().HoldSlotAsync(EventTypeId, Start, null, null, CancellationToken.None));
    }
}
