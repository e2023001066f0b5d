using Booking.Api.Hosting;
using Booking.Smoke.Tests.Support;
using Booking.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Booking.Smoke.Tests;

/// <summary>The smoke steps against the real API on its sandbox, in process.</summary>
public sealed class SmokeRunAgainstApiTests
{
    [Test]
    public async Task Run_OnTheSandbox_FindsTheServiceReady_BooksAndCancelsAgain()
    {
        await using var factory = new SmokeApiFactory();
        using var client = factory.CreateClient();
        using var sandbox = new HttpClient { BaseAddress = factory.Services.GetRequiredService<SandboxHostedService>().Server.BaseAddress };

        var report = await new SmokeRun(client, new SmokeOptions()).RunAsync();

        Assert.That(report.Steps.Select(step => step.Name), Is.EqualTo(new[] { SmokeRun.HealthStep, SmokeRun.BookStep, SmokeRun.CancelStep }));
        Assert.That(report.Steps[0].Outcome, Is.EqualTo(SmokeOutcome.Passed), report.Steps[0].Detail);
        Assert.That(report.Steps[1].Outcome, Is.EqualTo(SmokeOutcome.Passed), report.Steps[1].Detail);
        Assert.That(await sandbox.GetStringAsync("_sandbox/bookings/count"), Does.Contain("\"count\":1"));

        Assert.That(report.Steps[2].Outcome, Is.EqualTo(SmokeOutcome.Passed), report.Steps[2].Detail);
        Assert.That(report.ExitCode, Is.Zero);
        var reservationId = report.Steps[1].Detail.Split(' ')[1];
        using var read = await client.GetAsync($"/api/bookings/{reservationId}");
        Assert.That(await read.Content.ReadAsStringAsync(), Does.Contain("\"status\":\"cancelled\""));
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
            .UseSetting("CalCom:BaseUrl", ClosedPort.V2BaseUrl())
            .UseSetting("CalCom:ApiKey", "cal_anything"));
        using var client = factory.CreateClient();

        var report = await new SmokeRun(client, new SmokeOptions()).RunAsync();

        Assert.That(report.Steps.Select(step => step.Outcome), Is.EqualTo(new[] { SmokeOutcome.Failed, SmokeOutcome.Skipped, SmokeOutcome.Skipped }));
        Assert.That(report.Steps[0].Detail, Is.EqualTo("Not ready. calcom: Cal.com could not be reached."));
    }
}
