using System.Diagnostics.Metrics;
using Booking.Api.Errors;
using Booking.Api.FunctionalTests.Infrastructure;
using Booking.Api.Observability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Booking.Api.FunctionalTests.Observability;

/// <summary>Each booking attempt is counted once, by outcome and, when it failed, by the code the client received.</summary>
public sealed class BookingOutcomeMetricsTests
{
    private static BookingApiFactory factory = null!;
    private static HttpClient client = null!;
    private MetricCollector<long> outcomes = null!;

    [OneTimeSetUp]
    public static void StartApi()
    {
        factory = new BookingApiFactory();
        client = factory.CreateClient();
    }

    [OneTimeTearDown]
    public static async Task StopApi()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    [SetUp]
    public void Collect() => outcomes = new MetricCollector<long>(
        factory.Services.GetRequiredService<IMeterFactory>(), BookingMetrics.MeterName, BookingMetrics.OutcomesInstrument);

    [TearDown]
    public void StopCollecting() => outcomes.Dispose();

    private (string? Outcome, string? Code) Single()
    {
        var measurement = outcomes.GetMeasurementSnapshot().Single();
        Assert.That(measurement.Value, Is.EqualTo(1));
        return ((string?)measurement.Tags.GetValueOrDefault(BookingMetrics.OutcomeTag), (string?)measurement.Tags.GetValueOrDefault(BookingMetrics.ErrorCodeTag));
    }

    [Test]
    public async Task ConfirmedBooking_IsCountedAsConfirmed()
    {
        using var response = await client.ReserveAsync(Requests.ValidBody());

        Assert.That(Single(), Is.EqualTo(("confirmed", (string?)null)));
    }

    [Test]
    public async Task BookingThatNeedsConfirmation_IsCountedAsPending()
    {
        using var response = await client.ReserveAsync(Requests.ValidBody(eventTypeId: "3139333"));

        Assert.That(Single(), Is.EqualTo(("pending", (string?)null)));
    }

    [Test]
    public async Task TakenSlot_IsCountedAsFailedWithSlotUnavailable()
    {
        var body = Requests.ValidBody();
        using (await client.ReserveAsync(body))
        {
            outcomes.Clear();
        }

        using var response = await client.ReserveAsync(body);

        Assert.That(Single(), Is.EqualTo((BookingMetrics.Failed, ErrorTable.SlotUnavailable.Code)));
    }

    [Test]
    public async Task InvalidField_IsCountedAsFailedWithValidationError()
    {
        var body = Requests.ValidBody();
        body["attendee"]!["email"] = "not-an-email";

        using var response = await client.ReserveAsync(body);

        Assert.That(Single(), Is.EqualTo((BookingMetrics.Failed, ErrorTable.Validation.Code)));
    }

    [Test]
    public async Task MalformedJson_IsCountedAsFailedWithValidationError()
    {
        using var response = await client.PostAsync(Requests.ReservePath, Requests.Json("{\"eventTypeId\":"));

        Assert.That(Single(), Is.EqualTo((BookingMetrics.Failed, ErrorTable.Validation.Code)));
    }

    [Test]
    public async Task CalComFailure_IsCountedAsFailedWithItsCode()
    {
        // Twice: after the first failure the API looks the booking up and, finding none, sends it once more.
        await factory.Sandbox.InjectFaultAsync(new { method = "POST", path = "/v2/bookings", kind = "status", status = 503, times = 2 });

        using var response = await client.ReserveAsync(Requests.ValidBody());

        Assert.That(Single(), Is.EqualTo((BookingMetrics.Failed, ErrorTable.UpstreamError.Code)));
    }

    [Test]
    public async Task RequestsThatAreNotBookings_AreNotCounted()
    {
        using (await client.GetAsync("/api/nothing-here"))
        using (await client.GetAsync("/health/ready"))
        using (await client.GetAsync(Requests.ReservePath))
        {
            Assert.That(outcomes.GetMeasurementSnapshot(), Is.Empty);
        }
    }
}
