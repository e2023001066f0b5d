using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Booking.Infrastructure.Redis;

/// <summary>
/// One shared Redis connection, registered only when <c>Idempotency__Redis</c> names a server. Everything that several
/// API instances must agree on (idempotency records, the Cal.com call budget) then lives there.
/// </summary>
internal static class RedisRegistration
{
    public const string ConfigurationKey = "Idempotency:Redis";

    public static bool IsConfigured(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration[ConfigurationKey]);

    public static void AddRedisWhenConfigured(this IServiceCollection services, IConfiguration configuration)
    {
        if (!IsConfigured(configuration))
        {
            return;
        }

        var options = ConfigurationOptions.Parse(configuration[ConfigurationKey]!);
        // Start even when Redis is briefly away; calls that need it fail (and are reported) until it is back.
        options.AbortOnConnectFail = false;
        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
    }
}
