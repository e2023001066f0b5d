using System.Net;
using System.Net.Sockets;
using Booking.Api.FunctionalTests.Processes;
using Booking.Api.Hosting;
using Booking.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

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

    private static string[] CheckBeforeBuilding(Dictionary<string, string?> settings, string environment = "Development")
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var errors = new StringWriter();
        var valid = StartupConfigurationCheck.IsValid(configuration, new HostingEnvironment { EnvironmentName = environment }, Booking.Infrastructure.DependencyInjection.BoundSettings, errors);
        var lines = errors.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.That(valid, Is.EqualTo(lines.Length == 0));
        return lines;
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

    [Test]
    public void BeforeBuilding_AMistypedMode_IsOneLineSayingWhatItTakes() =>
        Assert.That(CheckBeforeBuilding(new() { ["CalCom:Mode"] = "Sandbx" }),
            Is.EqualTo(new[] { "Configuration error: CalCom__Mode is 'Sandbx'; it takes Sandbox or Live." }));

    [TestCase("http://*:5669")]
    [TestCase("http://0.0.0.0:5669")]
    [TestCase("https://127.0.0.1:5669")]
    [TestCase("http://127.0.0.1:5669;http://127.0.0.1:5670")]
    [TestCase("not a url")]
    public void BeforeBuilding_ASandboxAddressOffLoopback_IsOneLineSayingWhatItTakes(string urls) =>
        Assert.That(CheckBeforeBuilding(new() { ["Sandbox:Urls"] = urls }), Is.EqualTo(new[]
        {
            $"Configuration error: Sandbox__Urls is '{urls}'; it takes one http URL on a loopback address, e.g. http://127.0.0.1:3001 "
            + "(port 0 picks a free one). The sandbox serves only this process.",
        }));

    [Test]
    public void BeforeBuilding_ASandboxPortInUse_IsOneLineNamingThePort()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        Assert.That(CheckBeforeBuilding(new() { ["Sandbox:Urls"] = $"http://127.0.0.1:{port}" }), Is.EqualTo(new[]
        {
            $"Configuration error: Sandbox__Urls is 'http://127.0.0.1:{port}', but port {port} is already in use; choose a free port, or 0 for any free one.",
        }));
    }

    [Test]
    public void BeforeBuilding_ASandboxSettingInLiveMode_IsNotChecked() =>
        Assert.That(CheckBeforeBuilding(new() { ["Sandbox:Urls"] = "http://*:5669" }, Environments.Production), Is.Empty);

    [TestCase("CalCom:AttemptTimeout", "ten seconds", "CalCom__AttemptTimeout is 'ten seconds', which is not a valid time span (hh:mm:ss, e.g. 00:00:10).")]
    [TestCase("InboundRateLimit:PermitsPerMinute", "many", "InboundRateLimit__PermitsPerMinute is 'many', which is not a valid whole number.")]
    [TestCase("InboundRateLimit:PermitsPerMinute", "0", "InboundRateLimit__PermitsPerMinute must be a positive number; it is 0.")]
    [TestCase("OpenApi:ServerUrl", "booking.example.com", "OpenApi__ServerUrl is 'booking.example.com'; it takes the absolute http or https URL clients reach this service at, e.g. https://booking.example.com.")]
    public void BeforeBuilding_AValueOfTheWrongKind_IsOneLineNamingTheSetting(string key, string value, string line) =>
        Assert.That(CheckBeforeBuilding(new() { [key] = value }), Is.EqualTo(new[] { "Configuration error: " + line }));

    [Test]
    public void BeforeBuilding_TheDefaults_Pass() => Assert.That(CheckBeforeBuilding(new()), Is.Empty);

    [TestCase("CalCom__Mode", "Sandbx")]
    [TestCase("Sandbox__Urls", "http://*:5669")]
    public async Task Process_WithAMisconfiguration_ExitsWith1AndOneLineNamingTheSetting(string name, string value)
    {
        var (exitCode, output) = await ApiProcess.RunToExitAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            [name] = value,
        });

        Assert.That(exitCode, Is.EqualTo(1), string.Join('\n', output));
        Assert.That(output, Has.Count.EqualTo(1), string.Join('\n', output));
        Assert.That(output[0], Does.StartWith("Configuration error: " + name + " is '" + value + "'"));
    }

    [Test]
    public async Task Process_WhenTheSandboxPortIsTaken_ExitsWith1AndOneLineNamingTheSetting()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (exitCode, output) = await ApiProcess.RunToExitAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Sandbox__Urls"] = $"http://127.0.0.1:{port}",
        });

        Assert.That(exitCode, Is.EqualTo(1), string.Join('\n', output));
        Assert.That(output, Is.EqualTo(new[]
        {
            $"Configuration error: Sandbox__Urls is 'http://127.0.0.1:{port}', but port {port} is already in use; choose a free port, or 0 for any free one.",
        }));
    }
}
