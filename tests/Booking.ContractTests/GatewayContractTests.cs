using System.Net;
using System.Text;
using Booking.Application.Common.Failures;
using Booking.Application.Common.Interfaces;
using Booking.Domain.Bookings;
using Booking.Domain.EventTypes;
using Booking.Domain.Slots;
using Booking.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Booking.ContractTests;

/// <summary>
/// Every kind of request our gateway sends is checked by Prism against Cal.com's own OpenAPI description: a request
/// that breaks it (missing version header, wrong type, missing field) gets 422 and a validator log line.
/// Prism answers with the spec's canned examples (an event type of 60 minutes with options 15/30/60), so the requests
/// fit them.
/// </summary>
public sealed class GatewayContractTests
{
    private static PrismMock prism = null!;
    private static ServiceProvider services = null!;

    [OneTimeSetUp]
    public static async Task StartPrism()
    {
        prism = await PrismMock.StartAsync(ContractFiles.PrismExecutable(), ContractFiles.PrismSpec());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CalCom:Mode"] = "Live",
            ["CalCom:BaseUrl"] = new Uri(prism.BaseAddress, "v2").ToString(),
            ["CalCom:ApiKey"] = "cal_contract_check_key",
        }).Build();
        services = new ServiceCollection().AddLogging().AddInfrastructure(configuration).BuildServiceProvider();
    }

    [OneTimeTearDown]
    public static async Task StopPrism()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }

        if (prism is not null)
        {
            await prism.DisposeAsync();
        }
    }

    [SetUp]
    public void ForgetEarlierLogLines() => prism.TakeLog();

    private static ICalComGateway Gateway => services.GetRequiredService<ICalComGateway>();

    private static void AssertPrismSawNoRequestViolation()
    {
        var violations = prism.TakeLog().Where(line => line.Contains("[VALIDATOR]", StringComparison.Ordinal)
            && line.Contains("Request", StringComparison.Ordinal)).ToList();
        Assert.That(violations, Is.Empty, "Prism found requests that break Cal.com's OpenAPI description");
    }

    private static readonly EventTypeId EventTypeId = EventTypeId.From(1);
    private static readonly ReservationId BookingUid = ReservationId.From("booking_uid_123");
    private static readonly DateTimeOffset Start = new(2030, 1, 8, 14, 0, 0, TimeSpan.Zero);
    private static readonly Attendee Attendee = Attendee.Parse(("Jane Smith", "jane.smith@example.com"), "America/New_York").Value;

    private static BookingAggregate RequestBooking(BookingMetadata metadata) =>
        BookingAggregate.Request(EventTypeId, TimeSlot.Create(Start, Start.AddMinutes(60)), Attendee, metadata, Start.AddDays(-30));

    /// <summary>
    /// Prism's canned booking is a cancelled one (the first status of the schema's enum). The gateway reads the whole
    /// reply (uid, times, event type) and only then refuses a new booking that holds no slot, so this failure, and no
    /// other, shows that the reply was read.
    /// </summary>
    private static void AssertTheCannedBookingWasRead(AsyncTestDelegate create)
    {
        var thrown = Assert.ThrowsAsync<FailureException>(create);

        AssertPrismSawNoRequestViolation();
        Assert.That(thrown?.Kind, Is.EqualTo(FailureKind.CalComFailed));
        Assert.That(thrown?.Message, Is.EqualTo("Cal.com created the booking with the unexpected status 'cancelled'."));
    }

    [Test]
    public async Task ReadEventType_IsAcceptedAndParsed()
    {
        var eventType = await Gateway.FindEventTypeAsync(EventTypeId, CancellationToken.None);

        AssertPrismSawNoRequestViolation();
        Assert.That(eventType, Is.Not.Null);
        Assert.That(eventType!.LengthInMinutes, Is.EqualTo(60));
        Assert.That(eventType.LengthInMinutesOptions, Is.EqualTo(new[] { 15, 30, 60 }));
    }

    [Test]
    public void CreateBooking_WithOnlyRequiredFields_IsAccepted() =>
        AssertTheCannedBookingWasRead(() => Gateway.CreateBookingAsync(RequestBooking(BookingMetadata.None), null, CancellationToken.None));

    [Test]
    public void CreateBooking_WithEveryOptionalField_IsAccepted()
    {
        // Several lengths and an attendee-defined location: the gateway then sends lengthInMinutes and location too.
        var eventType = new EventType { Id = EventTypeId, LengthInMinutes = 60, LengthInMinutesOptions = [15, 30, 60], LocationTypes = ["attendeeDefined"] };
        var metadata = BookingMetadata.Parse(
        [
            KeyValuePair.Create("location", (string?)"Conference Room A, 2nd Floor"),
            KeyValuePair.Create("notes", (string?)"Bring laptop"),
            KeyValuePair.Create("department", (string?)"Engineering"),
            KeyValuePair.Create("seats", (string?)"3"),
            KeyValuePair.Create("vip", (string?)"true"),
        ]).Value;

        AssertTheCannedBookingWasRead(() => Gateway.CreateBookingAsync(RequestBooking(metadata), eventType, CancellationToken.None));
    }

    [Test]
    public async Task FindAvailableSlots_IsAcceptedAndParsed()
    {
        var slots = await Gateway.FindAvailableSlotsAsync(
            EventTypeId, SlotSearchWindow.Parse("2030-01-08T00:00:00Z", "2030-01-09T00:00:00Z", TimeZoneInfo.Utc).Value, CancellationToken.None);

        AssertPrismSawNoRequestViolation();
        // Prism's canned reply is Cal.com's example of the "time" format: starts only.
        Assert.That(slots, Is.Not.Empty);
    }

    [Test]
    public async Task GetBooking_IsAcceptedAndParsed()
    {
        var booking = await Gateway.GetBookingAsync(BookingUid, CancellationToken.None);

        AssertPrismSawNoRequestViolation();
        Assert.That(booking.Id?.Value, Is.Not.Empty);
    }

    [Test]
    public async Task CancelBooking_IsAcceptedAndParsed()
    {
        var booking = await Gateway.CancelBookingAsync(BookingUid, "Changed plans", CancellationToken.None);

        AssertPrismSawNoRequestViolation();
        Assert.That(booking?.Id?.Value, Is.Not.Empty);
    }

    [TestCase("Clash with another meeting")]
    [TestCase(null)]
    public async Task RescheduleBooking_IsAcceptedAndParsed(string? reason)
    {
        var existing = BookingAggregate.Existing(BookingUid, BookingStatus.Confirmed, EventTypeId, TimeSlot.Create(Start, Start.AddMinutes(60)), Attendee);
        var newStart = new DateTimeOffset(2030, 1, 9, 10, 0, 0, TimeSpan.Zero);

        var booking = await Gateway.RescheduleBookingAsync(existing, TimeSlot.Create(newStart, newStart.AddMinutes(60)), reason, CancellationToken.None);

        AssertPrismSawNoRequestViolation();
        Assert.That(booking.Id?.Value, Is.Not.Empty);
    }

    [TestCase(null)]
    [TestCase(60)]
    public async Task HoldSlot_IsAcceptedAndParsed(int? durationMinutes)
    {
        var hold = await Gateway.HoldSlotAsync(EventTypeId, Start, durationMinutes, null, CancellationToken.None);

        AssertPrismSawNoRequestViolation();
        Assert.That(hold.Id, Is.Not.Empty);
    }

    [Test]
    public async Task Prism_RejectsARequestThatBreaksTheSpec()
    {
        // The control: proves the checks above could fail. This booking lacks the version header and the attendee.
        using var http = new HttpClient { BaseAddress = prism.BaseAddress };
        using var response = await http.PostAsync("v2/bookings",
            new StringContent("""{"start":"2030-01-08T14:00:00.000Z","eventTypeId":1}""", Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("cal-api-version").And.Contain("attendee"));
    }
}
