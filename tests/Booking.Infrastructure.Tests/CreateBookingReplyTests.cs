using Booking.Application.Common.Exceptions;
using Booking.Infrastructure.Tests.Support;

namespace Booking.Infrastructure.Tests;

public sealed class CreateBookingReplyTests : GatewayTestBase
{
    [TestCase(201)]
    [TestCase(200)]
    public async Task CreateBooking_WhenCalComAccepts_ReturnsTheBookingAsCalComStoredIt(int httpStatus)
    {
        Stub.Enqueue(CalComReplies.BookingCreated(uid: "bk_9", start: "2030-01-08T13:00:00.000Z", end: "2030-01-08T13:45:00.000Z", httpStatus: httpStatus));

        var booking = await CreateGateway().CreateBookingAsync(BookingRequests.Valid(), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(booking.Uid, Is.EqualTo("bk_9"));
            Assert.That(booking.Status, Is.EqualTo("accepted"));
            Assert.That(booking.Start, Is.EqualTo(new DateTimeOffset(2030, 1, 8, 13, 0, 0, TimeSpan.Zero)));
            Assert.That(booking.End, Is.EqualTo(new DateTimeOffset(2030, 1, 8, 13, 45, 0, TimeSpan.Zero)));
            Assert.That(booking.EventTypeId, Is.EqualTo(42));
            Assert.That(booking.AttendeeName, Is.EqualTo("Jane Roe"));
            Assert.That(booking.AttendeeEmail, Is.EqualTo("jane.roe@example.com"));
        });
    }

    [Test]
    public async Task CreateBooking_WhenEventTypeNeedsConfirmation_ReturnsPendingStatus()
    {
        Stub.Enqueue(CalComReplies.BookingCreated(status: "pending"));

        var booking = await CreateGateway().CreateBookingAsync(BookingRequests.Valid(), CancellationToken.None);

        Assert.That(booking.Status, Is.EqualTo("pending"));
    }

    [Test]
    public async Task CreateBooking_WhenOnlyTheNestedEventTypeIdIsPresent_ReadsIt()
    {
        Stub.Enqueue(StubReply.Json(201, """
            {"status":"success","data":{"uid":"bk_1","status":"accepted","start":"2030-01-08T13:00:00.000Z","end":"2030-01-08T13:30:00.000Z","eventType":{"id":77,"slug":"x"},"attendees":[]}}
            """));

        var booking = await CreateGateway().CreateBookingAsync(BookingRequests.Valid(), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(booking.EventTypeId, Is.EqualTo(77));
            Assert.That(booking.AttendeeName, Is.Null);
            Assert.That(booking.AttendeeEmail, Is.Null);
        });
    }

    [Test]
    public async Task CreateBooking_WhenOnlyTheDeprecatedEventTypeIdIsPresent_ReadsIt()
    {
        Stub.Enqueue(StubReply.Json(201, """
            {"status":"success","data":{"uid":"bk_1","status":"accepted","start":"2030-01-08T13:00:00.000Z","end":"2030-01-08T13:30:00.000Z","eventTypeId":78}}
            """));

        var booking = await CreateGateway().CreateBookingAsync(BookingRequests.Valid(), CancellationToken.None);

        Assert.That(booking.EventTypeId, Is.EqualTo(78));
    }

    private static IEnumerable<TestCaseData> UnusableSuccessBodies()
    {
        yield return new TestCaseData("""{"status":"success","data":[{"uid":"a"},{"uid":"b"}]}""").SetName("CreateBooking_WhenDataIsAnArray_ThrowsUpstream");
        yield return new TestCaseData("""{"status":"success","data":{"status":"accepted","start":"2030-01-08T13:00:00.000Z","end":"2030-01-08T13:30:00.000Z","eventTypeId":1}}""").SetName("CreateBooking_WhenUidIsMissing_ThrowsUpstream");
        yield return new TestCaseData("""{"status":"success","data":{"uid":"a","status":"accepted","end":"2030-01-08T13:30:00.000Z","eventTypeId":1}}""").SetName("CreateBooking_WhenStartIsMissing_ThrowsUpstream");
        yield return new TestCaseData("""{"status":"success","data":{"uid":"a","status":"accepted","start":"2030-01-08T13:00:00.000Z","end":"2030-01-08T13:30:00.000Z"}}""").SetName("CreateBooking_WhenEventTypeIdIsMissing_ThrowsUpstream");
        yield return new TestCaseData("""{"status":"success","data":{"uid":"a","start":"2030-01-08T13:00:00.000Z","end":"2030-01-08T13:30:00.000Z","eventTypeId":1}}""").SetName("CreateBooking_WhenStatusIsMissing_ThrowsUpstream");
        yield return new TestCaseData("""{"status":"success","data":{"uid":"a","status":"accepted","start":"tomorrow","end":"2030-01-08T13:30:00.000Z","eventTypeId":1}}""").SetName("CreateBooking_WhenStartIsNotADate_ThrowsUpstream");
        yield return new TestCaseData("""{"status":"success"}""").SetName("CreateBooking_WhenDataIsMissing_ThrowsUpstream");
        yield return new TestCaseData("""{"status":"error","data":{}}""").SetName("CreateBooking_WhenStatusIsNotSuccess_ThrowsUpstream");
        yield return new TestCaseData("""{"status":"success","data":{"uid":"a",""").SetName("CreateBooking_WhenJsonIsCutOff_ThrowsUpstream");
        yield return new TestCaseData("<html>ok</html>").SetName("CreateBooking_WhenBodyIsNotJson_ThrowsUpstream");
        yield return new TestCaseData("").SetName("CreateBooking_WhenBodyIsEmpty_ThrowsUpstream");
    }

    [TestCaseSource(nameof(UnusableSuccessBodies))]
    public void CreateBooking_WhenSuccessBodyIsUnusable_ThrowsUpstream(string body)
    {
        Stub.Enqueue(StubReply.Json(201, body));
        var gateway = CreateGateway();

        Assert.ThrowsAsync<CalComUpstreamException>(() => gateway.CreateBookingAsync(BookingRequests.Valid(), CancellationToken.None));
    }
}
