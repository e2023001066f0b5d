using Booking.Domain.Bookings;
using Booking.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Booking.Infrastructure.Tests;

public sealed class TrafficLoggingTests : GatewayTestBase
{
    private const string AttendeePhone = "+14155550100";

    [Test]
    public async Task DebugTrafficLog_LogsTheExchangeButNeverTheKeyEmailPhoneOrName()
    {
        var logs = new CapturingLoggerProvider();
        Stub.Enqueue(BookingWithPhone());
        var gateway = CreateGateway(configureServices: services =>
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(logs)));

        await gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        var everything = string.Join("\n", logs.Entries.Select(entry => entry.Everything));
        Assert.Multiple(() =>
        {
            Assert.That(everything, Does.Not.Contain(ApiKey));
            Assert.That(everything, Does.Not.Contain(BookingRequests.AttendeeEmail));
            Assert.That(everything, Does.Not.Contain(AttendeePhone));
            Assert.That(everything, Does.Not.Contain(BookingRequests.AttendeeName));

            var request = TrafficEntries(logs).Single(entry => entry.Message.StartsWith("Cal.com request POST /v2/bookings", StringComparison.Ordinal));
            Assert.That(request.Message, Does.Contain("Authorization: [redacted]"));
            Assert.That(request.Message, Does.Contain("cal-api-version: 2024-08-13"));
            Assert.That(request.Message, Does.Contain("\"start\":\"2030-01-08T13:00:00.000Z\""));
            Assert.That(request.Message, Does.Contain("j***@e***.com"));

            var response = TrafficEntries(logs).Single(entry => entry.Message.StartsWith("Cal.com response 201", StringComparison.Ordinal));
            Assert.That(response.Message, Does.Contain("POST /v2/bookings"));
            Assert.That(response.Message, Does.Contain("X-Request-Id 7d1c1f7e-1111-4c3b-9a55-0c2f1f0e9abc"));
            Assert.That(response.Message, Does.Contain("[redacted-phone]"));
            Assert.That(response.Message, Does.Match(@"in \d+ ms"));
        });
    }

    [Test]
    public async Task DebugTrafficLog_LogsEveryAttemptOfARetriedGet()
    {
        var logs = new CapturingLoggerProvider();
        Stub.Enqueue(CalComReplies.NestDefault(503, "down"), CalComReplies.EventType(id: 7));
        var gateway = CreateGateway(
            new Dictionary<string, string?> { ["AttemptTimeout"] = "00:00:00.300", ["TotalTimeout"] = "00:00:03" },
            services => services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(logs)));

        await gateway.FindEventTypeAsync(EventTypeId.From(7), CancellationToken.None);

        var responses = TrafficEntries(logs).Where(entry => entry.Message.StartsWith("Cal.com response", StringComparison.Ordinal)).Select(entry => entry.Message[..20]);
        Assert.That(responses, Is.EqualTo(new[] { "Cal.com response 503", "Cal.com response 200" }));
    }

    [Test]
    public async Task TrafficLog_AtInformation_LogsNothingOfOurOwnForASuccessfulCall()
    {
        var logs = new CapturingLoggerProvider();
        Stub.Enqueue(CalComReplies.BookingCreated());
        var gateway = CreateGateway(configureServices: services =>
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Information).AddProvider(logs)));

        var booking = await gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        // Polly's own per-attempt line is the host's to silence (its telemetry options are app-wide).
        Assert.Multiple(() =>
        {
            Assert.That(booking.Id, Is.Not.Null);
            Assert.That(logs.Entries.Where(entry => !entry.Category.StartsWith("Polly", StringComparison.Ordinal)), Is.Empty);
        });
    }

    [Test]
    public async Task HttpClientFactoryLoggers_AreRemovedEvenAtDebug()
    {
        var logs = new CapturingLoggerProvider();
        Stub.Enqueue(CalComReplies.BookingCreated());
        var gateway = CreateGateway(configureServices: services =>
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs)));

        await gateway.CreateBookingAsync(BookingRequests.Valid(), null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(logs.Entries.Where(entry => entry.Category.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal)), Is.Empty);
            Assert.That(logs.Entries.Select(entry => entry.Everything), Has.None.Contains(Stub.BaseAddress.Authority));
        });
    }

    private static IEnumerable<CapturedLogEntry> TrafficEntries(CapturingLoggerProvider logs) =>
        logs.Entries.Where(entry => entry.Category.EndsWith("CalComTrafficLoggingHandler", StringComparison.Ordinal));

    private static StubReply BookingWithPhone() =>
        StubReply.Json(201, $$"""
            {"status":"success","data":{"uid":"bk_1","status":"accepted","start":"2030-01-08T13:00:00.000Z","end":"2030-01-08T13:30:00.000Z",
             "eventType":{"id":42},
             "attendees":[{"name":"{{BookingRequests.AttendeeName}}","email":"{{BookingRequests.AttendeeEmail}}","timeZone":"Europe/Berlin","phoneNumber":"{{AttendeePhone}}"}],
             "bookingFieldsResponses":{"name":"{{BookingRequests.AttendeeName}}","email":"{{BookingRequests.AttendeeEmail}}","attendeePhoneNumber":"{{AttendeePhone}}"} } }
            """).WithHeader("X-Request-Id", "7d1c1f7e-1111-4c3b-9a55-0c2f1f0e9abc");
}
