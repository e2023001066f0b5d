using System.Net;
using Booking.Smoke.Tests.Support;
using Booking.TestSupport;

namespace Booking.Smoke.Tests;

/// <summary>How the smoke run reads the API's answers: which step fails, why, and what runs after it.</summary>
public sealed class SmokeRunTests
{
    private const string Ready = """{"status":"healthy","checks":[{"name":"calcom","status":"healthy","description":"Cal.com answered HTTP 404."}]}""";
    private const string Booked = """{"reservationId":"abc123","status":"confirmed"}""";

    private static async Task<SmokeReport> RunAsync(StubApi api)
    {
        using var client = api.Client();
        return await new SmokeRun(client, new SmokeOptions()).RunAsync();
    }

    [Test]
    public async Task EveryStepAnswering_Passes_WithExitCode0()
    {
        var api = new StubApi()
            .On("GET /health/ready", HttpStatusCode.OK, Ready)
            .On("POST /api/slots/reserve", HttpStatusCode.Created, Booked)
            .On("POST /api/bookings/abc123/cancel", HttpStatusCode.OK, "{}");

        var report = await RunAsync(api);

        Assert.That(report.Steps.Select(step => step.Outcome), Is.All.EqualTo(SmokeOutcome.Passed));
        Assert.That(report.ExitCode, Is.Zero);
        Assert.That(report.Steps[1].Detail, Does.Contain("abc123"));
    }

    [Test]
    public async Task NotReady_FailsTheFirstStepWithTheCheck_AndBooksNothing()
    {
        var api = new StubApi().On("GET /health/ready", HttpStatusCode.ServiceUnavailable,
            """{"status":"unhealthy","checks":[{"name":"calcom","status":"unhealthy","description":"Cal.com could not be reached."}]}""");

        var report = await RunAsync(api);

        Assert.That(report.Steps.Select(step => step.Outcome), Is.EqualTo(new[] { SmokeOutcome.Failed, SmokeOutcome.Skipped, SmokeOutcome.Skipped }));
        Assert.That(report.Steps[0].Detail, Does.Contain("Cal.com could not be reached."));
        Assert.That(api.Received, Has.None.StartsWith("POST"));
        Assert.That(report.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public async Task ApiNotAnswering_FailsWithTheAddress()
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{ClosedPort.Port()}/") };

        var report = await new SmokeRun(client, new SmokeOptions()).RunAsync();

        Assert.That(report.Steps[0].Outcome, Is.EqualTo(SmokeOutcome.Failed));
        Assert.That(report.Steps[0].Detail, Does.StartWith($"The API at {client.BaseAddress} did not answer"));
    }

    [Test]
    public async Task TakenSlot_TriesAnotherRandomSlot()
    {
        var api = new StubApi()
            .On("GET /health/ready", HttpStatusCode.OK, Ready)
            .On("POST /api/slots/reserve", HttpStatusCode.Conflict, StubApi.Envelope("SLOT_UNAVAILABLE", "Taken."))
            .On("POST /api/slots/reserve", HttpStatusCode.Created, Booked)
            .On("POST /api/bookings/abc123/cancel", HttpStatusCode.OK, "{}");

        var report = await RunAsync(api);

        Assert.That(report.Passed, Is.True);
        Assert.That(api.Received.Count(route => route == "POST /api/slots/reserve"), Is.EqualTo(2));
    }

    [Test]
    public async Task EverySlotTaken_FailsTheBookingStepAfterAFewTries()
    {
        var api = new StubApi()
            .On("GET /health/ready", HttpStatusCode.OK, Ready)
            .On("POST /api/slots/reserve", HttpStatusCode.Conflict, StubApi.Envelope("SLOT_UNAVAILABLE", "Taken."));

        var report = await RunAsync(api);

        Assert.That(api.Received.Count(route => route == "POST /api/slots/reserve"), Is.EqualTo(SmokeRun.BookingAttempts));
        Assert.That(report.Steps[1].Outcome, Is.EqualTo(SmokeOutcome.Failed));
        Assert.That(report.Steps[1].Detail, Does.Contain("SLOT_UNAVAILABLE"));
        Assert.That(report.Steps[2].Outcome, Is.EqualTo(SmokeOutcome.Skipped));
    }

    [Test]
    public async Task BookingRejected_FailsWithTheErrorCode()
    {
        var api = new StubApi()
            .On("GET /health/ready", HttpStatusCode.OK, Ready)
            .On("POST /api/slots/reserve", HttpStatusCode.NotFound, StubApi.Envelope("EVENT_TYPE_NOT_FOUND", "The event type does not exist."));

        var report = await RunAsync(api);

        Assert.That(report.Steps[1].Detail, Is.EqualTo("HTTP 404 EVENT_TYPE_NOT_FOUND: The event type does not exist."));
    }

    [TestCase(HttpStatusCode.NotFound, "NOT_FOUND")]
    [TestCase(HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED")]
    public async Task NoCancelRoute_FailsTheCancelStepSayingSo(HttpStatusCode status, string code)
    {
        var api = new StubApi()
            .On("GET /health/ready", HttpStatusCode.OK, Ready)
            .On("POST /api/slots/reserve", HttpStatusCode.Created, Booked)
            .On("POST /api/bookings/abc123/cancel", status, StubApi.Envelope(code, "No."));

        var report = await RunAsync(api);

        Assert.That(report.Steps[2].Outcome, Is.EqualTo(SmokeOutcome.Failed));
        Assert.That(report.Steps[2].Detail, Does.StartWith("The API has no cancel route").And.Contain("abc123 is still booked"));
        Assert.That(report.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public async Task CancelFailing_ForAnotherReason_SaysWhyWithoutBlamingTheRoute()
    {
        var api = new StubApi()
            .On("GET /health/ready", HttpStatusCode.OK, Ready)
            .On("POST /api/slots/reserve", HttpStatusCode.Created, Booked)
            .On("POST /api/bookings/abc123/cancel", HttpStatusCode.BadGateway, StubApi.Envelope("UPSTREAM_ERROR", "Cal.com failed."));

        var report = await RunAsync(api);

        Assert.That(report.Steps[2].Detail, Does.StartWith("HTTP 502 UPSTREAM_ERROR: Cal.com failed.").And.Not.Contain("no cancel route"));
    }

    [Test]
    public async Task EveryRequest_CarriesTheRunsCorrelationId()
    {
        var seen = new List<string>();
        var api = new StubApi().On("GET /health/ready", HttpStatusCode.ServiceUnavailable, "{}");
        using var client = new HttpClient(new CorrelationRecorder(api, seen)) { BaseAddress = new Uri("http://api.test/") };

        var report = await new SmokeRun(client, new SmokeOptions()).RunAsync();

        Assert.That(report.CorrelationId, Does.StartWith("smoke-"));
        Assert.That(seen, Is.EqualTo(new[] { report.CorrelationId }));
    }

    private sealed class CorrelationRecorder(HttpMessageHandler inner, List<string> seen) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Add(request.Headers.GetValues("x-correlation-id").Single());
            return base.SendAsync(request, cancellationToken);
        }
    }
}
