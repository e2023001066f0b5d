using Booking.Api.Hosting;
using Booking.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Booking.Api.FunctionalTests.Hosting;

public sealed class StartupConfigurationCheckTests
{
    private static (bool Valid, string Errors) Check(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddInfrastructure(configuration).BuildServiceProvider();
        using var errors = new StringWriter();
        return (StartupConfigurationCheck.IsValid(services, errors), errors.ToString());
    }

    [Test]
    public void IsValid_WhenLiveWithoutKey_StopsWithOneLineNamingTheSetting()
    {
        var (valid, errors) = Check(new() { ["CalCom:Mode"] = "Live" });

        Assert.That(valid, Is.False);
        Assert.That(errors.TrimEnd().Split(Environment.NewLine),
            Is.EqualTo(new[] { "Configuration error: CalCom__ApiKey is required when CalCom__Mode is Live." }));
    }

    [Test]
    public void IsValid_WhenLiveWithKey_Passes() =>
        Assert.That(Check(new() { ["CalCom:Mode"] = "Live", ["CalCom:ApiKey"] = "cal_live_abc" }).Valid, Is.True);
}
