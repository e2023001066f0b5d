using Booking.Api.Contracts.Bookings;
using Booking.Application;
using Booking.Application.Common.Interfaces;
using Booking.Infrastructure;
using Booking.Infrastructure.CalCom.Budget;
using Booking.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Booking.Benchmarks;

/// <summary>
/// The API's services as Program.cs registers them for a booking (Live mode, warnings only), with two changes: the
/// Cal.com client's primary handler is <see cref="CannedCalComHandler"/> instead of a socket, and the upstream budget
/// is <see cref="GrantingUpstreamBudget"/>.
/// </summary>
public static class BookingServices
{
    public static ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["CalCom:Mode"] = "Live",
                ["CalCom:BaseUrl"] = "http://127.0.0.1:9/v2",
                ["CalCom:ApiKey"] = "cal_sandbox_5f2b8c0e9d4a4f6b",
            })
            .Build();

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddApplication().AddInfrastructure(configuration);
        // Every booking carries a correlation id, as behind the API's middleware, so the gateway forwards one.
        services.AddSingleton<ICorrelationIdAccessor>(new FixedCorrelationIdAccessor { CorrelationId = "3f0c5d0e8f5e4b7c9a1d2e3f4a5b6c7d" });
        services.AddSingleton<IUpstreamBudget, GrantingUpstreamBudget>();
        services.AddAutoMapper(_ => { }, typeof(BookingContractsProfile).Assembly);
        services.ConfigureHttpClientDefaults(client => client.ConfigurePrimaryHttpMessageHandler(() => new CannedCalComHandler()));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
