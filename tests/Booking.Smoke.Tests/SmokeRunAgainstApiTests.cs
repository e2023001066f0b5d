using Booking.Api.Hosting;
using Booking.Smoke.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Booking.Smoke.Tests;

/// <summary>The smoke steps against the real API on its sandbox, in process.</summary>
public sealed class SmokeRunAgainstApiTests
{
    [Test]
    public async Task Run_OnTheSandbox_FindsTheServiceReady_BooksAndReportsTheCancellationTruthfully()
    {
        await using var factory = new SmokeApiFactory();
        using var client = factory.CreateClient();
        using var sandbox = new HttpClient { BaseAddress = factory.Services.GetRequiredService<SandboxHostedService>().Server.BaseAddress };

        var report = await new SmokeRun(client, new SmokeOptions()).RunAsync();

        Assert.That(report.Steps.Select(step => step.Name), Is.EqualTo(new[] { SmokeRun.HealthStep, SmokeRun.BookStep, SmokeRun.CancelStep }));
        Assert.That(report.Steps[0].Outcome, Is.EqualTo(SmokeOutcome.Passed), report.Steps[0].Detail);
        Assert.That(report.Steps[1].Outcome, Is.EqualTo(SmokeOutcome.Passed), report.Steps[1].Detail);
        Assert.That(await sandbox.GetStringAsync("_sandbox/bookings/count"), Does.Contain("\"count\":1"));

        // The cancel route comes with the booking lifecycle; until the API has it the step must fail, not pretend.
        var hasCancelRoute = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Any(endpoint => endpoint.RoutePattern.RawText?.TrimStart('/').StartsWith("api/bookings/", StringComparison.Ordinal) == true
                && endpoint.RoutePattern.RawText.EndsWith("/cancel", StringComparison.Ordinal));
        if (hasCancelRoute)
        {
            Assert.That(report.Steps[2].Outcome, Is.EqualTo(SmokeOutcome.Passed), report.Steps[2].Detail);
            Assert.That(report.ExitCode, Is.Zero);
        }
        else
        {
            Assert.That(report.Steps[2].Outcome, Is.EqualTo(SmokeOutcome.Failed));
            Assert.That(report.Steps[2].Detail, Does.StartWith("The API has no cancel route (HTTP 404 NOT_FOUND"));
            Assert.That(report.ExitCode, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Run_AgainstAnApiThatRequiresKeys_BooksWithTheGivenKey_AndFailsWithoutIt()
    {
        await using var factory = new SmokeApiFactory().WithWebHostBuilder(builder => builder.UseSetting("Auth:ApiKeys:0", "smoke-key"));
        using var client = factory.CreateClient();

        var withKey = await new SmokeRun(client, new SmokeOptions { ApiKey = "smoke-key" }).RunAsync();
        var withoutKey = await new SmokeRun(client, new SmokeOptions()).RunAsync();

        Assert.That(withKey.Steps[1].Outcome, Is.EqualTo(SmokeOutcome.Passed), withKey.Steps[1].Detail);
        Assert.That(withoutKey.Steps[0].Outcome, Is.EqualTo(SmokeOutcome.Passed), "probes need no key");
        Assert.That(withoutKey.Steps[1].Detail, Does.StartWith("HTTP 401 UNAUTHORIZED"));
    }

    [Test]
    public async Task Run_WhenCalComIsUnreachable_StopsAtReadiness()
    {
        await using var factory = new SmokeApiFactory().WithWebHostBuilder(builder => builder
            .UseSetting("CalCom:Mode", "Live")
            .UseSetting("CalCom:BaseUrl", $"http://127.0.0.1:{ClosedPort.Find()}/v2")
            .UseSetting("CalCom:ApiKey", "cal_anything"));
        using var client = factory.CreateClient();

        var report = await new SmokeRun(client, new SmokeOptions()).RunAsync();

        Assert.That(report.Steps.Select(step => step.Outcome), Is.EqualTo(new[] { SmokeOutcome.Failed, SmokeOutcome.Skipped, SmokeOutcome.Skipped }));
        Assert.That(report.Steps[0].Detail, Is.EqualTo("Not ready. calcom: Cal.com could not be reached."));
    }
}
