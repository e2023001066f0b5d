using Booking.Application.Common.Interfaces;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Booking.Infrastructure.Tests.Support;

/// <summary>
/// Gives each fixture a stub Cal.com and builds the gateway the way the API does, through
/// <c>AddInfrastructure</c>, with <c>CalCom:BaseUrl</c> pointing at the stub.
/// </summary>
public abstract class GatewayTestBase
{
    public const string ApiKey = "cal_test_5f1d2c3b4a5968776655443322110000";

    private readonly List<ServiceProvider> providers = [];

    protected CalComStubServer Stub { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartStubAsync() => Stub = await CalComStubServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopStubAsync() => await Stub.DisposeAsync();

    [SetUp]
    public void ResetStub() => Stub.Reset();

    [TearDown]
    public async Task DisposeProvidersAsync()
    {
        foreach (var provider in providers)
        {
            await provider.DisposeAsync();
        }

        providers.Clear();
    }

    /// <param name="settings">Overrides of the <c>CalCom</c> section, e.g. <c>["AttemptTimeout"] = "00:00:00.300"</c>; null removes a key.</param>
    /// <param name="configureServices">Runs before <c>AddInfrastructure</c>, as the API host would.</param>
    /// <param name="redis">A Redis configuration string, set as <c>Idempotency:Redis</c>.</param>
    protected ServiceProvider BuildServices(
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null,
        string? redis = null)
    {
        var calCom = new Dictionary<string, string?>
        {
            ["BaseUrl"] = Stub.V2BaseUrl,
            ["ApiKey"] = ApiKey,
            ["Mode"] = "Live",
            ["AttemptTimeout"] = "00:00:02",
            ["TotalTimeout"] = "00:00:05",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            calCom[key] = value;
        }

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(calCom.Where(setting => setting.Value is not null).Select(setting =>
                new KeyValuePair<string, string?>($"CalCom:{setting.Key}", setting.Value)))
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Idempotency:Redis"] = redis })
            .Build();

        var services = new ServiceCollection();
        services.AddLogging();
        configureServices?.Invoke(services);
        services.AddInfrastructure(configuration);

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        providers.Add(provider);
        return provider;
    }

    /// <summary>Replaces the socket handler under the gateway's pipeline (the typed client is named after its interface).</summary>
    protected static Action<IServiceCollection> WithPrimaryHandler(Func<HttpMessageHandler> handler) =>
        services => services.AddHttpClient(nameof(ICalComGateway)).ConfigurePrimaryHttpMessageHandler(handler);

    protected ICalComGateway CreateGateway(
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null) =>
        BuildServices(settings, configureServices).GetRequiredService<ICalComGateway>();
}
