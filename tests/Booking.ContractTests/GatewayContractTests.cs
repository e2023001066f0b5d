using System.Net;
using System.Text;
using System.Text.Json;
using Booking.Application.Common.CalCom;
using Booking.Application.Common.Interfaces;
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

    private static CalComBookingRequest MinimalBooking() => new()
    {
        EventTypeId = 1,
        Start = new DateTimeOffset(2030, 1, 8, 14, 0, 0, TimeSpan.Zero),
        AttendeeName = "Jane Smith",
        AttendeeEmail = "jane.smith@example.com",
        AttendeeTimeZone = "America/New_York",
    };

    [Test]
    public async Task ReadEventType_IsAcceptedAndParsed()
    {
        var eventType = await Gateway.FindEventTypeAsync(1, CancellationToken.None);

        AssertPrismSawNoRequestViolation();
        Assert.That(eventType, Is.Not.Null);
        Assert.That(eventType!.LengthInMinutes, Is.EqualTo(60));
        Assert.That(eventType.LengthInMinutesOptions, Is.EqualTo(new[] { 15, 30, 60 }));
    }

    [Test]
    public async Task CreateBooking_WithOnlyRequiredFields_IsAccepted()
    {
        var booking = await Gateway.CreateBookingAsync(MinimalBooking(), CancellationToken.None);

        AssertPrismSawNoRequestViolation();
        Assert.That(booking.Uid, Is.Not.Empty);
    }

    [Test]
    public async Task CreateBooking_WithEveryOptionalField_IsAccepted()
    {
        var request = MinimalBooking() with
        {
            LengthInMinutes = 60,
            Location = "Conference Room A, 2nd Floor",
            Notes = "Bring laptop",
            Metadata = new Dictionary<string, JsonElement>
            {
                ["department"] = JsonSerializer.SerializeToElement("Engineering"),
                ["seats"] = JsonSerializer.SerializeToElement(3),
                ["vip"] = JsonSerializer.SerializeToElement(true),
            },
        };

        var booking = await Gateway.CreateBookingAsync(request, CancellationToken.None);

        AssertPrismSawNoRequestViolation();
        Assert.That(booking.Uid, Is.Not.Empty);
    }

    [Test]
    public async Task FindAvailableSlots_IsAcceptedAndParsed()
    {
        var slots = await Gateway.FindAvailableSlotsAsync(
            new CalComSlotsQuery
            {
                EventTypeId = 1,
                Start = new DateTimeOffset(2030, 1, 8, 0, 0, 0, TimeSpan.Zero),
                End = new DateTimeOffset(2030, 1, 9, 0, 0, 0, TimeSpan.Zero),
            },
            CancellationToken.None);

        AssertPrismSawNoRequestViolation();
        // Prism's canned reply is Cal.com's example of the "time" format: starts only.
        Assert.That(slots, Is.Not.Empty);
    }

    [Test]
    public async Task GetBooking_IsAcceptedAndParsed()
    {
        var booking = await Gateway.GetBookingAsync("booking_uid_123", CancellationToken.None);

        AssertPrismSawNoRequestViolation();
        Assert.That(booking.Uid, Is.Not.Empty);
    }

    [Test]
    public async Task CancelBooking_IsAcceptedAndParsed()
    {
        var booking = await Gateway.CancelBookingAsync("booking_uid_123", "Changed plans", CancellationToken.None);

        AssertPrismSawNoRequestViolation();
        Assert.That(booking?.Uid, Is.Not.Empty);
    }

    [TestCase("Clash with another meeting")]
    [TestCase(null)]
    public async Task RescheduleBooking_IsAcceptedAndParsed(string? reason)
    {
        var booking = await Gateway.RescheduleBookingAsync(
            new CalComRescheduleRequest { Uid = "booking_uid_123", Start = new DateTimeOffset(2030, 1, 9, 10, 0, 0, TimeSpan.Zero), Reason = reason },
            CancellationToken.None);

        AssertPrismSawNoRequestViolation();
        Assert.That(booking.Uid, Is.Not.Empty);
    }

    [TestCase(null)]
    [TestCase(60)]
    public async Task HoldSlot_IsAcceptedAndParsed(int? durationMinutes)
    {
        var hold = await Gateway.HoldSlotAsync(
            new CalComSlotHoldRequest { EventTypeId = 1, Start = new DateTimeOffset(2030, 1, 8, 14, 0, 0, TimeSpan.Zero), DurationMinutes = durationMinutes },
            CancellationToken.None);

        AssertPrismSawNoRequestViolation();
        Assert.That(hold.Uid, Is.Not.Empty);
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
