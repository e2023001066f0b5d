using Booking.Api.FunctionalTests.Infrastructure;
using Booking.Api.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Booking.Api.FunctionalTests.Hosting;

public sealed class StartupWarmUpTests
{
    [Test]
    public async Task WarmUp_InTheApi_PreparesEverythingItNames()
    {
        await using var factory = new BookingApiFactory();
        _ = factory.Server;

        var warmUp = factory.Services.GetServices<IHostedService>().OfType<StartupWarmUp>().Single();

        Assert.That(await warmUp.Completion.WaitAsync(TimeSpan.FromSeconds(30)), Is.True);
    }

    [Test]
    public async Task WarmUp_WhenAServiceIsMissing_StartsAnywayAndGivesUpQuietly()
    {
        await using var empty = new ServiceCollection().BuildServiceProvider();
        var warmUp = new StartupWarmUp(empty, NullLogger<StartupWarmUp>.Instance);

        await warmUp.StartAsync(CancellationToken.None);

        Assert.That(await warmUp.Completion.WaitAsync(TimeSpan.FromSeconds(30)), Is.False);
    }
}
