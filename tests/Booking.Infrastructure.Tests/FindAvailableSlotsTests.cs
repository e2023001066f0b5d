using System.Web;
using Booking.Application.Common.CalCom;
using Booking.Application.Common.Failures;
using Booking.Domain.Bookings;
using Booking.Domain.Slots;
using Booking.Infrastructure.Tests.Support;

namespace Booking.Infrastructure.Tests;

public sealed class FindAvailableSlotsTests : GatewayTestBase
{
    private static readonly EventTypeId EventTypeId = EventTypeId.From(42);

    private static readonly SlotSearchWindow Window =
        SlotSearchWindow.Parse("2030-01-08T00:00:00+01:00", "2030-01-10T00:00:00+01:00", TimeZoneInfo.Utc).Value;

    [Test]
    public async Task FindAvailableSlots_GetsSlotsInRangeFormatWithTheSlotsVersion()
    {
        Stub.Enqueue(LifecycleReplies.Slots());

        await CreateGateway().FindAvailableSlotsAsync(EventTypeId, Window, CancellationToken.None);

        var request = Stub.Requests.Single();
        var query = HttpUtility.ParseQueryString(request.Query);
        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo("GET"));
            Assert.That(request.Path, Is.EqualTo("/v2/slots"));
            Assert.That(request.Header("cal-api-version"), Is.EqualTo("2024-09-04"));
            Assert.That(query.AllKeys, Is.EquivalentTo(new[] { "eventTypeId", "start", "end", "format" }));
            Assert.That(query["eventTypeId"], Is.EqualTo("42"));
            Assert.That(query["start"], Is.EqualTo("2030-01-07T23:00:00.000Z"), "UTC with milliseconds and Z");
            Assert.That(query["end"], Is.EqualTo("2030-01-09T23:00:00.000Z"));
            Assert.That(query["format"], Is.EqualTo("range"));
        });
    }

    [Test]
    public async Task FindAvailableSlots_ReturnsEverySlotOfEveryDayInTimeOrder()
    {
        Stub.Enqueue(LifecycleReplies.Slots());

        var slots = await CreateGateway().FindAvailableSlotsAsync(EventTypeId, Window, CancellationToken.None);

        Assert.That(slots, Is.EqualTo(new[]
        {
            new CalComSlot { Start = At(2030, 1, 8, 8, 30), End = At(2030, 1, 8, 9, 0) },
            new CalComSlot { Start = At(2030, 1, 8, 9, 0), End = At(2030, 1, 8, 9, 30) },
            new CalComSlot { Start = At(2030, 1, 9, 8, 0), End = At(2030, 1, 9, 8, 30) },
        }));
    }

    [Test]
    public async Task FindAvailableSlots_WhenCalComAnswersWithoutEnds_LeavesThemUnknown()
    {
        Stub.Enqueue(StubReply.Json(200, """{"status":"success","data":{"2030-01-08":[{"start":"2030-01-08T10:00:00.000+01:00"}]}}"""));

        var slots = await CreateGateway().FindAvailableSlotsAsync(EventTypeId, Window, CancellationToken.None);

        Assert.That(slots.Single(), Is.EqualTo(new CalComSlot { Start = At(2030, 1, 8, 9, 0), End = null }));
    }

    [Test]
    public async Task FindAvailableSlots_WhenNothingIsFree_ReturnsEmpty()
    {
        Stub.Enqueue(StubReply.Json(200, """{"status":"success","data":{}}"""));

        Assert.That(await CreateGateway().FindAvailableSlotsAsync(EventTypeId, Window, CancellationToken.None), Is.Empty);
    }

    [Test]
    public void FindAvailableSlots_WhenEventTypeUnknown_ThrowsEventTypeNotFound()
    {
        Stub.Enqueue(CalComReplies.Envelope(404, "NotFoundException", "Event Type not found"));

        FailureAssert.ThrowsAsync(FailureKind.EventTypeNotFound, () => CreateGateway().FindAvailableSlotsAsync(EventTypeId, Window, CancellationToken.None));
    }

    [Test]
    public void FindAvailableSlots_WhenCalComRejectsTheRange_ThrowsInvalidRequestWithItsReason()
    {
        Stub.Enqueue(CalComReplies.Envelope(400, "BadRequestException", "Invalid time range given - check the \"start\" and \"end\" query parameters."));

        var reason = FailureAssert.RejectedByCalComAsync(() => CreateGateway().FindAvailableSlotsAsync(EventTypeId, Window, CancellationToken.None));

        Assert.That(reason, Does.StartWith("Invalid time range given"));
    }

    [Test]
    public async Task FindAvailableSlots_WhenCalComFailsTransiently_IsRetried()
    {
        Stub.Enqueue(CalComReplies.NestDefault(503, "Service unavailable"), LifecycleReplies.Slots());

        var slots = await CreateGateway().FindAvailableSlotsAsync(EventTypeId, Window, CancellationToken.None);

        Assert.That(slots, Has.Count.EqualTo(3));
        Assert.That(Stub.Requests, Has.Count.EqualTo(2));
    }

    [TestCase("""{"status":"success","data":{"2030-01-08":[{"end":"2030-01-08T10:30:00.000+01:00"}]}}""")]
    [TestCase("""{"status":"success","data":["2030-01-08T10:00:00.000+01:00"]}""")]
    [TestCase("""{"status":"error"}""")]
    public void FindAvailableSlots_WhenReplyIsMalformed_ThrowsCalComFailed(string body)
    {
        Stub.Enqueue(StubReply.Json(200, body));

        FailureAssert.ThrowsAsync(FailureKind.CalComFailed, () => CreateGateway().FindAvailableSlotsAsync(EventTypeId, Window, CancellationToken.None));
    }

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
