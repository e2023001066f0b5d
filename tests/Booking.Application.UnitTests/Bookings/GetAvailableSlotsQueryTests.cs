using System.Globalization;
using Booking.Application.Bookings.Queries.GetAvailableSlots;
using Booking.Application.Common.CalCom;
using Booking.Application.Common.Failures;
using Booking.Application.Common.Interfaces;
using Booking.Domain.Bookings;
using Booking.Domain.EventTypes;
using Booking.Domain.Slots;
using Moq;

namespace Booking.Application.UnitTests.Bookings;

public sealed class GetAvailableSlotsQueryTests
{
    private readonly Mock<ICalComGateway> calCom = new(MockBehavior.Strict);
    private SlotSearchWindow? asked;

    private GetAvailableSlotsQueryHandler Handler() => new(calCom.Object);

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>The query as the API reads a client's parameters: the window in the requested zone, UTC when it is invalid.</summary>
    private static GetAvailableSlotsQuery Query(
        string? start = "2030-09-10", string? end = "2030-09-10", string? timeZone = "America/New_York", string? eventTypeId = "3139331")
    {
        var zone = IanaTimeZone.Parse(timeZone);
        return new GetAvailableSlotsQuery
        {
            EventTypeId = EventTypeId.Parse(eventTypeId),
            TimeZone = zone,
            Window = SlotSearchWindow.Parse(start, end, zone.IsValid ? zone.Value : TimeZoneInfo.Utc),
        };
    }

    private void CalComLists(params CalComSlot[] slots) =>
        calCom.Setup(g => g.FindAvailableSlotsAsync(TestBookings.EventType, It.IsAny<SlotSearchWindow>(), It.IsAny<CancellationToken>()))
            .Callback<EventTypeId, SlotSearchWindow, CancellationToken>((_, window, _) => asked = window)
            .ReturnsAsync(slots);

    private static CalComSlot Slot(string start, int minutes = 30) => new() { Start = Utc(start), End = Utc(start).AddMinutes(minutes) };

    [Test]
    public async Task Handle_AsksForTheWholeLocalDayInUtc()
    {
        CalComLists();

        await Handler().Handle(Query(), CancellationToken.None);

        Assert.That((asked!.From, asked.To), Is.EqualTo((Utc("2030-09-10T04:00:00Z"), Utc("2030-09-11T04:00:00Z"))));
    }

    [Test]
    public async Task Handle_GroupsSlotsByLocalDayAndGivesLocalTimes()
    {
        // 03:30Z on the 11th is 23:30 on the 10th in New York.
        CalComLists(Slot("2030-09-11T03:30:00Z"), Slot("2030-09-10T13:00:00Z"), Slot("2030-09-10T13:30:00Z"));

        var result = await Handler().Handle(Query(start: "2030-09-10", end: "2030-09-11"), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.TimeZone, Is.EqualTo("America/New_York"));
            Assert.That(result.Days.Select(d => d.Date), Is.EqualTo(new[] { new DateOnly(2030, 9, 10) }));
            Assert.That(result.Days[0].Slots, Has.Count.EqualTo(3));
            var first = result.Days[0].Slots[0];
            Assert.That(first.Start, Is.EqualTo(Utc("2030-09-10T13:00:00Z")));
            Assert.That(first.End, Is.EqualTo(Utc("2030-09-10T13:30:00Z")));
            Assert.That(first.LocalStart.Offset, Is.EqualTo(TimeSpan.FromHours(-4)));
            Assert.That(first.LocalStart.DateTime, Is.EqualTo(new DateTime(2030, 9, 10, 9, 0, 0)));
            Assert.That(result.Days[0].Slots.Select(s => s.Start), Is.Ordered);
        });
    }

    [Test]
    public async Task Handle_PutsSlotsOnTheLocalDayTheyStart()
    {
        CalComLists(Slot("2030-09-11T03:30:00Z"), Slot("2030-09-11T04:00:00Z"));

        var result = await Handler().Handle(Query(start: "2030-09-10", end: "2030-09-11"), CancellationToken.None);

        Assert.That(result.Days.Select(d => (d.Date, d.Slots.Count)), Is.EqualTo(new[]
        {
            (new DateOnly(2030, 9, 10), 1),
            (new DateOnly(2030, 9, 11), 1),
        }));
    }

    [Test]
    public async Task Handle_DropsASlotStartingExactlyAtTheEnd()
    {
        CalComLists(Slot("2030-09-10T13:00:00Z"), Slot("2030-09-10T14:00:00Z"));

        var result = await Handler().Handle(Query(start: "2030-09-10T13:00:00Z", end: "2030-09-10T14:00:00Z"), CancellationToken.None);

        Assert.That(result.Days.SelectMany(d => d.Slots).Select(s => s.Start), Is.EqualTo(new[] { Utc("2030-09-10T13:00:00Z") }));
    }

    [Test]
    public async Task Handle_WithoutTimeZone_WorksInUtc()
    {
        CalComLists(Slot("2030-09-10T13:00:00Z"));

        var result = await Handler().Handle(Query(timeZone: null), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.TimeZone, Is.EqualTo("UTC"));
            Assert.That(asked!.From, Is.EqualTo(Utc("2030-09-10T00:00:00Z")));
            Assert.That(result.Days[0].Slots[0].LocalStart.Offset, Is.EqualTo(TimeSpan.Zero));
        });
    }

    [Test]
    public async Task Handle_WhenNothingIsFree_ReturnsNoDays()
    {
        CalComLists();

        var result = await Handler().Handle(Query(), CancellationToken.None);

        Assert.That(result.Days, Is.Empty);
    }

    [Test]
    public async Task Handle_WhenCalComGivesNoEndTimes_UsesTheEventTypesLength()
    {
        CalComLists(new CalComSlot { Start = Utc("2030-09-10T13:00:00Z") });
        calCom.Setup(g => g.FindEventTypeAsync(TestBookings.EventType, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new EventType { Id = TestBookings.EventType, LengthInMinutes = 45 });

        var result = await Handler().Handle(Query(), CancellationToken.None);

        Assert.That(result.Days[0].Slots[0].End, Is.EqualTo(Utc("2030-09-10T13:45:00Z")));
    }

    [Test]
    public void Handle_WhenCalComGivesNoEndTimesAndTheLengthIsUnknown_ReportsCalComAsFaulty()
    {
        CalComLists(new CalComSlot { Start = Utc("2030-09-10T13:00:00Z") });
        calCom.Setup(g => g.FindEventTypeAsync(TestBookings.EventType, It.IsAny<CancellationToken>())).ReturnsAsync((EventType?)null);

        var thrown = Assert.ThrowsAsync<FailureException>(() => Handler().Handle(Query(), CancellationToken.None));
        Assert.That(thrown!.Kind, Is.EqualTo(FailureKind.CalComFailed));
    }

    [Test]
    public void Handle_WhenEventTypeUnknown_PropagatesNotFound()
    {
        calCom.Setup(g => g.FindAvailableSlotsAsync(It.IsAny<EventTypeId>(), It.IsAny<SlotSearchWindow>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new FailureException(FailureKind.EventTypeNotFound, "Event Type not found"));

        var thrown = Assert.ThrowsAsync<FailureException>(() => Handler().Handle(Query(), CancellationToken.None));
        Assert.That(thrown!.Kind, Is.EqualTo(FailureKind.EventTypeNotFound));
    }

    private static IEnumerable<string> Fields(GetAvailableSlotsQuery query) =>
        new GetAvailableSlotsQueryValidator(TimeProvider.System).Validate(query).Errors.Select(e => e.PropertyName);

    private static string Message(GetAvailableSlotsQuery query) =>
        new GetAvailableSlotsQueryValidator(TimeProvider.System).Validate(query).Errors.Single().ErrorMessage;

    [TestCase("2030-09-10", "2030-09-10")]
    [TestCase("2030-09-10T00:00:00Z", "2030-09-17T00:00:00-04:00")]
    [TestCase("2030-09-01", "2030-10-01")]
    public void Validate_WhenWindowIsValid_Passes(string start, string end) =>
        Assert.That(Fields(Query(start, end)), Is.Empty);

    [Test]
    public void Validate_WhenTheWindowHasPassed_SaysSo_ButAWindowStillRunningPasses()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Utc("2030-09-10T15:00:00Z"));
        var validator = new GetAvailableSlotsQueryValidator(clock);

        Assert.That(validator.Validate(Query("2030-09-09T00:00:00Z", "2030-09-10T15:00:00Z")).Errors.Single().ErrorMessage, Does.StartWith("end is in the past"));
        Assert.That(validator.Validate(Query("2030-09-09T00:00:00Z", "2030-09-10T15:30:00Z")).IsValid, Is.True);
    }

    [TestCase("2030-09-10T09:00:00 02:00", "2030-09-10T12:00:00Z", "start")]
    [TestCase("2030-09-10T09:00:00Z", "2030-09-10T12:00:00 05:30", "end")]
    public void Validate_WhenAnOffsetsPlusArrivedAsASpace_SaysToWriteItAsPercent2B(string start, string end, string field)
    {
        var error = new GetAvailableSlotsQueryValidator(TimeProvider.System).Validate(Query(start, end)).Errors.Single();
        Assert.That(error.PropertyName, Is.EqualTo(field));
        Assert.That(error.ErrorMessage, Is.EqualTo($"{field} has a space where its offset's + should be: in a URL a + means a space, so write it as %2B, e.g. 2030-09-10T09:00:00%2B02:00."));
    }

    [Test]
    public void Validate_WhenEverythingMissing_ListsEveryRequiredParameter() =>
        Assert.That(Fields(Query(start: null, end: null, timeZone: null, eventTypeId: null)), Is.EquivalentTo(new[] { "eventTypeId", "start", "end" }));

    [TestCase("0")]
    [TestCase("abc")]
    public void Validate_WhenEventTypeIdNotPositiveInteger_Fails(string id) =>
        Assert.That(Message(Query(eventTypeId: id)), Does.Contain("positive integer"));

    [Test]
    public void Validate_WhenStartHasNoOffset_Fails() =>
        Assert.That(Message(Query(start: "2030-09-10T09:00:00")), Does.StartWith("start must be a date (yyyy-MM-dd) or an ISO-8601 date and time"));

    [Test]
    public void Validate_WhenEndBeforeStart_Fails() =>
        Assert.That(Message(Query(start: "2030-09-10", end: "2030-09-09")), Is.EqualTo("end must be after start."));

    [Test]
    public void Validate_WhenInstantsAreEqual_Fails() =>
        Assert.That(Message(Query(start: "2030-09-10T09:00:00Z", end: "2030-09-10T09:00:00Z")), Is.EqualTo("end must be after start."));

    [Test]
    public void Validate_WhenWindowLongerThan31Days_Fails() =>
        Assert.That(Message(Query(start: "2030-09-01", end: "2030-10-02")), Is.EqualTo("start to end may span at most 31 days."));

    [Test]
    public void Validate_WhenTimeZoneUnknown_NamesTimezone() =>
        Assert.That(Fields(Query(timeZone: "Mars/Olympus_Mons")), Is.EqualTo(new[] { "timezone" }));
}
