using Booking.Application.Common.Failures;
using Booking.Domain.Bookings;
using Booking.Infrastructure.Tests.Support;

namespace Booking.Infrastructure.Tests;

public sealed class CreateBookingReplyTests : GatewayTestBase
{
    [TestCase(201)]
    [TestCase(200)]
    public async Task CreateBooking_WhenCalComAccepts_ReturnsTheBookingAsCalComStoredIt(int httpStatus)
    {
        Stub.Enqueue(CalComReplies.BookingCreated(uid: "bk_9", start: "2030-01-08T13:00:00.000Z", end: "2030-01-08T13:45:00.000Z", httpStatus: httpStatus));

        var booking = await CreateGateway().CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(booking.Id, Is.EqualTo(ReservationId.From("bk_9")));
            Assert.That(booking.Status, Is.EqualTo(BookingStatus.Confirmed));
            Assert.That(booking.Slot.Start, Is.EqualTo(new DateTimeOffset(2030, 1, 8, 13, 0, 0, TimeSpan.Zero)));
            Assert.That(booking.Slot.End, Is.EqualTo(new DateTimeOffset(2030, 1, 8, 13, 45, 0, TimeSpan.Zero)));
            Assert.That(booking.EventTypeId, Is.EqualTo(EventTypeId.From(42)));
            Assert.That(booking.Attendee.Name, Is.EqualTo("Jane Roe"));
            Assert.That(booking.Attendee.Email.Value, Is.EqualTo("jane.roe@example.com"));
        });
    }

    [Test]
    public async Task CreateBooking_WhenEventTypeNeedsConfirmation_ReturnsPendingStatus()
    {
        Stub.Enqueue(CalComReplies.BookingCreated(status: "pending"));

        var booking = await CreateGateway().CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        Assert.That(booking.Status, Is.EqualTo(BookingStatus.Pending));
    }

    [Test]
    public async Task CreateBooking_WhenAnInstantMeetingAwaitsTheHost_ReturnsPendingStatus()
    {
        Stub.Enqueue(CalComReplies.BookingCreated(status: "awaiting_host"));

        var booking = await CreateGateway().CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        Assert.That(booking.Status, Is.EqualTo(BookingStatus.Pending));
    }

    [TestCase("cancelled")]
    [TestCase("rejected")]
    public void CreateBooking_WhenCalComBooksWithAStatusThatHoldsNoSlot_ThrowsCalComFailedWithoutBookingAgain(string calComStatus)
    {
        // A clear answer naming the booking Cal.com made: looking for it or booking again cannot make it better.
        Stub.Enqueue(
            CalComReplies.BookingCreated(status: calComStatus),
            CalComReplies.BookingList(CalComReplies.Booking(status: calComStatus)),
            CalComReplies.BookingCreated(uid: "bk_second_try"));
        var gateway = CreateGateway();

        var thrown = FailureAssert.ThrowsAsync(FailureKind.CalComFailed, () => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(thrown.Message, Does.Contain($"'{calComStatus}'"));
            Assert.That(Stub.Requests.Select(request => request.Method), Is.EqualTo(new[] { "POST" }));
        });
    }

    [Test]
    public void CreateBooking_WhenCalComBooksWithAnUnknownStatus_ThrowsCalComFailedWithoutBookingAgain()
    {
        Stub.Enqueue(
            CalComReplies.BookingCreated(status: "awaiting_payment"),
            CalComReplies.BookingList(CalComReplies.Booking(status: "awaiting_payment")),
            CalComReplies.BookingCreated(uid: "bk_second_try"));
        var gateway = CreateGateway();

        var thrown = FailureAssert.ThrowsAsync(FailureKind.CalComFailed, () => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(thrown.Message, Does.Contain("'awaiting_payment'"));
            Assert.That(Stub.Requests.Count(request => request.Method == "POST"), Is.EqualTo(1), "Cal.com made the booking; it is not made twice");
        });
    }

    [Test]
    public async Task CreateBooking_WhenOnlyTheNestedEventTypeIdIsPresent_ReadsIt()
    {
        Stub.Enqueue(StubReply.Json(201, """
            {"status":"success","data":{"uid":"bk_1","status":"accepted","start":"2030-01-08T13:00:00.000Z","end":"2030-01-08T13:30:00.000Z","eventType":{"id":77,"slug":"x"},"attendees":[]}}
            """));

        var booking = await CreateGateway().CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(booking.EventTypeId, Is.EqualTo(EventTypeId.From(77)));
            Assert.That(booking.Attendee, Is.EqualTo(BookingRequests.Attendee), "the booking is the requested attendee's, whoever Cal.com lists");
        });
    }

    [Test]
    public async Task CreateBooking_WhenOnlyTheDeprecatedEventTypeIdIsPresent_ReadsIt()
    {
        Stub.Enqueue(StubReply.Json(201, """
            {"status":"success","data":{"uid":"bk_1","status":"accepted","start":"2030-01-08T13:00:00.000Z","end":"2030-01-08T13:30:00.000Z","eventTypeId":78}}
            """));

        var booking = await CreateGateway().CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        Assert.That(booking.EventTypeId, Is.EqualTo(EventTypeId.From(78)));
    }

    private static IEnumerable<TestCaseData> UnusableSuccessBodies()
    {
        yield return new TestCaseData("""{"status":"success","data":[{"uid":"a"},{"uid":"b"}]}""").SetName("CreateBooking_WhenDataIsAnArray_ThrowsCalComFailed");
        yield return new TestCaseData("""{"status":"success","data":{"status":"accepted","start":"2030-01-08T13:00:00.000Z","end":"2030-01-08T13:30:00.000Z","eventTypeId":1}}""").SetName("CreateBooking_WhenUidIsMissing_ThrowsCalComFailed");
        yield return new TestCaseData("""{"status":"success","data":{"uid":"a","status":"accepted","end":"2030-01-08T13:30:00.000Z","eventTypeId":1}}""").SetName("CreateBooking_WhenStartIsMissing_ThrowsCalComFailed");
        yield return new TestCaseData("""{"status":"success","data":{"uid":"a","status":"accepted","start":"2030-01-08T13:00:00.000Z","end":"2030-01-08T13:30:00.000Z"}}""").SetName("CreateBooking_WhenEventTypeIdIsMissing_ThrowsCalComFailed");
        yield return new TestCaseData("""{"status":"success","data":{"uid":"a","start":"2030-01-08T13:00:00.000Z","end":"2030-01-08T13:30:00.000Z","eventTypeId":1}}""").SetName("CreateBooking_WhenStatusIsMissing_ThrowsCalComFailed");
        yield return new TestCaseData("""{"status":"success","data":{"uid":"a","status":"accepted","start":"tomorrow","end":"2030-01-08T13:30:00.000Z","eventTypeId":1}}""").SetName("CreateBooking_WhenStartIsNotADate_ThrowsCalComFailed");
        yield return new TestCaseData("""{"status":"success"}""").SetName("CreateBooking_WhenDataIsMissing_ThrowsCalComFailed");
        yield return new TestCaseData("""{"status":"error","data":{}}""").SetName("CreateBooking_WhenStatusIsNotSuccess_ThrowsCalComFailed");
        yield return new TestCaseData("""{"status":"success","data":{"uid":"a",""").SetName("CreateBooking_WhenJsonIsCutOff_ThrowsCalComFailed");
        yield return new TestCaseData("<html>ok</html>").SetName("CreateBooking_WhenBodyIsNotJson_ThrowsCalComFailed");
        yield return new TestCaseData("").SetName("CreateBooking_WhenBodyIsEmpty_ThrowsCalComFailed");
    }

    [TestCaseSource(nameof(UnusableSuccessBodies))]
    public void CreateBooking_WhenSuccessBodyIsUnusable_ThrowsCalComFailed(string body)
    {
        Stub.Enqueue(StubReply.Json(201, body));
        var gateway = CreateGateway();

        FailureAssert.ThrowsAsync(FailureKind.CalComFailed, () => gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None));
    }
}
