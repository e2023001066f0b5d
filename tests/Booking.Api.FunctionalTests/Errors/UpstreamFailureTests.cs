using System.Net;
using Booking.Api.Errors;
using Booking.Api.FunctionalTests.Infrastructure;
using Booking.Application.Common.CalCom;
using Booking.Application.Common.Interfaces;
using Booking.CalComSandbox;
using Booking.Domain.Bookings;
using Booking.Domain.EventTypes;
using Booking.Domain.Slots;
using Booking.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Booking.Api.FunctionalTests.Errors;

/// <summary>Failures that need the API configured differently: a wrong key, no Cal.com at all, a slow Cal.com, a bug.</summary>
public sealed class UpstreamFailureTests
{
    private static async Task<HttpResponseMessage> ReserveWithAsync(
        Dictionary<string, string?> settings, Action<IServiceCollection>? replaceServices = null)
    {
        await using var factory = new BookingApiFactory(settings, replaceServices);
        using var client = factory.CreateClient();
        var response = await client.ReserveAsync(Requests.ValidBody());
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    [Test]
    public async Task Reserve_WhenCalComRejectsTheKey_Returns401AuthenticationError()
    {
        await using var calCom = await CalComSandboxServer.StartAsync(new SandboxOptions());

        using var response = await ReserveWithAsync(new()
        {
            ["CalCom:Mode"] = "Live",
            ["CalCom:BaseUrl"] = calCom.V2BaseAddress.ToString(),
            ["CalCom:ApiKey"] = "cal_this_key_does_not_exist",
        });

        var error = await response.AssertErrorAsync(HttpStatusCode.Unauthorized, ErrorTable.AuthenticationError.Code);
        Assert.That(error.GetProperty("details").GetString(), Does.Contain("Invalid API Key"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("cal_this_key_does_not_exist"));
    }

    [Test]
    public async Task Reserve_WhenCalComUnreachable_Returns503UpstreamUnavailable()
    {
        using var response = await ReserveWithAsync(new()
        {
            ["CalCom:Mode"] = "Live",
            ["CalCom:BaseUrl"] = ClosedPort.V2BaseUrl(),
            ["CalCom:ApiKey"] = "cal_anything",
        });

        await response.AssertErrorAsync(HttpStatusCode.ServiceUnavailable, ErrorTable.UpstreamUnavailable.Code);
    }

    [Test]
    public async Task Reserve_WhenCalComTooSlowTwice_Returns504UpstreamTimeout()
    {
        // Both attempts are still being booked when the lookups run, so whether Cal.com booked stays unknown.
        await using var calCom = await CalComSandboxServer.StartAsync(new SandboxOptions());
        await new SandboxClient(calCom.BaseAddress).InjectFaultAsync(new { method = "POST", path = "/v2/bookings", kind = "delay", delayMs = 3000, times = 2 });

        using var response = await ReserveWithAsync(new()
        {
            ["CalCom:Mode"] = "Live",
            ["CalCom:BaseUrl"] = calCom.V2BaseAddress.ToString(),
            ["CalCom:ApiKey"] = calCom.ApiKey,
            ["CalCom:AttemptTimeout"] = "00:00:01",
            ["CalCom:TotalTimeout"] = "00:00:03",
        });

        await response.AssertErrorAsync(HttpStatusCode.GatewayTimeout, ErrorTable.UpstreamTimeout.Code);
    }

    [Test]
    public async Task Reserve_WhenOurCodeFails_Returns500WithoutExceptionText()
    {
        using var response = await ReserveWithAsync([], services => services.AddSingleton<ICalComGateway, BrokenGateway>());

        await response.AssertErrorAsync(HttpStatusCode.InternalServerError, ErrorTable.InternalServerError.Code);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(text, Does.Not.Contain(BrokenGateway.Secret).And.Not.Contain("InvalidOperationException").And.Not.Contain("at Booking."));
    }


    private sealed class BrokenGateway : ICalComGateway
    {
        public const string Secret = "connection string with password=hunter2";

        public Task<EventType?> FindEventTypeAsync(EventTypeId eventTypeId, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Secret);

        public Task<BookingAggregate> CreateBookingAsync(BookingAggregate requested, EventType? eventType, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Secret);

        public Task<IReadOnlyList<CalComSlot>> FindAvailableSlotsAsync(EventTypeId eventTypeId, SlotSearchWindow window, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Secret);

        public Task<BookingAggregate> GetBookingAsync(ReservationId id, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Secret);

        public Task<BookingAggregate?> CancelBookingAsync(ReservationId id, string reason, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Secret);

        public Task<BookingAggregate> RescheduleBookingAsync(BookingAggregate booking, TimeSlot newSlot, string? reason, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Secret);

        public Task<SlotHold> HoldSlotAsync(
            EventTypeId eventTypeId, DateTimeOffset start, int? durationMinutes, EventType? eventType, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Secret);
    }
}
