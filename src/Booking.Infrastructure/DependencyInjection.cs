using Booking.Application.Common.Interfaces;
using Booking.Application.Common.Idempotency;
using Booking.Infrastructure.CalCom;
using Booking.Infrastructure.CalCom.Budget;
using Booking.Infrastructure.CalCom.Http;
using Booking.Infrastructure.Health;
using Booking.Infrastructure.Idempotency;
using Booking.Infrastructure.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Booking.Infrastructure;

public static class DependencyInjection
{
    /// <summary>The configuration sections Infrastructure binds, with the options type each binds to.</summary>
    public static IReadOnlyList<(string Section, Type Options)> BoundSettings { get; } =
    [
        (CalComOptions.SectionName, typeof(CalComOptions)),
        (HealthOptions.SectionName, typeof(HealthOptions)),
        (IdempotencyOptions.SectionName, typeof(IdempotencyOptions)),
    ];

    // On SIGTERM the host waits for requests in flight; a booking can wait on Cal.com for up to the total timeout.
    private static readonly TimeSpan ShutdownMargin = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Registers the Cal.com gateway (<see cref="ICalComGateway"/>) with its options (section <c>CalCom</c>,
    /// validated at start-up), cache and HTTP pipeline, the idempotency store and the Cal.com call budget, and lets the
    /// host wait for bookings in flight on shutdown. Forwards <c>x-correlation-id</c> when the host registers an
    /// <see cref="ICorrelationIdAccessor"/>.
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<CalComOptions>()
            .Bind(configuration.GetSection(CalComOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CalComOptions>, CalComOptionsValidator>());

        services.AddMemoryCache();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddTransient<CalComAuthorizationHandler>();
        services.TryAddTransient<CalComTrafficLoggingHandler>();
        services.TryAddTransient<UpstreamBudgetHandler>();

        // Read without validation: invalid CalCom settings are reported once, at start-up, by CalComOptionsValidator.
        services.Configure<HostOptions>(host => host.ShutdownTimeout =
            (configuration.GetSection(CalComOptions.SectionName).Get<CalComOptions>()?.TotalTimeout ?? new CalComOptions().TotalTimeout)
            + ShutdownMargin);

        AddCalComHttpClient(services);
        services.AddRedisWhenConfigured(configuration);
        AddIdempotencyStore(services, configuration);
        AddUpstreamBudget(services, configuration);
        return services;
    }

    /// <summary>
    /// Readiness: Cal.com's base URL answers (any HTTP status), probed at most once per <c>Health__ReadyCacheDuration</c>
    /// without the API key, so probes do not spend the Cal.com rate budget.
    /// </summary>
    public static IHealthChecksBuilder AddCalComReachabilityCheck(
        this IHealthChecksBuilder healthChecks, IConfiguration configuration, string name, params string[] tags)
    {
        ArgumentNullException.ThrowIfNull(healthChecks);
        var services = healthChecks.Services;
        services.AddOptions<HealthOptions>().Bind(configuration.GetSection(HealthOptions.SectionName));
        services.AddHttpClient(CalComReachabilityCheck.HttpClientName, (provider, client) =>
                client.Timeout = provider.GetRequiredService<IOptions<HealthOptions>>().Value.ProbeTimeout)
            .RemoveAllLoggers();
        services.TryAddSingleton<CalComReachabilityCheck>();
        return healthChecks.AddCheck<CalComReachabilityCheck>(name, tags: tags);
    }

    private static void AddIdempotencyStore(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IdempotencyOptions>().Bind(configuration.GetSection(IdempotencyOptions.SectionName));
        if (RedisRegistration.IsConfigured(configuration))
        {
            services.TryAddSingleton<IIdempotencyStore, RedisIdempotencyStore>();
        }
        else
        {
            services.TryAddSingleton<IIdempotencyStore, InMemoryIdempotencyStore>();
        }
    }

    // One budget per process, for the one configured Cal.com key; in Redis when instances share one.
    private static void AddUpstreamBudget(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(provider =>
        {
            var calCom = provider.GetRequiredService<IOptions<CalComOptions>>().Value;
            return new InMemoryUpstreamBudget(calCom.UpstreamBudget.PermitsPerMinute, provider.GetRequiredService<TimeProvider>());
        });

        if (!RedisRegistration.IsConfigured(configuration))
        {
            services.TryAddSingleton<IUpstreamBudget>(provider => provider.GetRequiredService<InMemoryUpstreamBudget>());
            return;
        }

        services.TryAddSingleton<IUpstreamBudget>(provider =>
        {
            var calCom = provider.GetRequiredService<IOptions<CalComOptions>>().Value;
            return new RedisUpstreamBudget(
                provider.GetRequiredService<IConnectionMultiplexer>(),
                provider.GetRequiredService<InMemoryUpstreamBudget>(),
                UpstreamBudgetKey.For(calCom.ApiKey),
                calCom.UpstreamBudget.PermitsPerMinute,
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<RedisUpstreamBudget>>());
        });
    }

    // Handlers run outermost first, in the order they are added:
    //   authorization  → once per call; the header stays on the message for every retry
    //   resilience     → total timeout, retries (ADR 7), circuit breaker, attempt timeout
    //   budget         → inside the retries, so every attempt that leaves is counted (ADR 8)
    //   traffic log    → each attempt is logged with its own status and time
    private static void AddCalComHttpClient(IServiceCollection services)
    {
        var client = services
            .AddHttpClient<ICalComGateway, CalComGateway>((provider, httpClient) =>
            {
                var calCom = provider.GetRequiredService<IOptions<CalComOptions>>().Value;
                httpClient.BaseAddress = WithTrailingSlash(calCom.BaseUrl);
                // The resilience pipeline owns time; HttpClient's own 100 s default would cut across it.
                httpClient.Timeout = Timeout.InfiniteTimeSpan;
            })
            // The default HttpClientFactory loggers write full URLs, and query strings can carry attendee emails.
            .RemoveAllLoggers()
            .AddHttpMessageHandler<CalComAuthorizationHandler>();

        client.AddStandardResilienceHandler()
            .Configure((resilience, provider) =>
            {
                if (ValidCalComOptions(provider) is { } calCom)
                {
                    CalComResilience.Configure(resilience, calCom);
                }
            });

        client.AddHttpMessageHandler<UpstreamBudgetHandler>();
        client.AddHttpMessageHandler<CalComTrafficLoggingHandler>();
    }

    // The library validates its options at start-up too, right after ours. Invalid CalCom settings are
    // reported once, by CalComOptionsValidator; the client itself cannot be created with them anyway
    // (its BaseAddress comes from the same options), so defaults here never carry a request.
    private static CalComOptions? ValidCalComOptions(IServiceProvider provider)
    {
        try
        {
            return provider.GetRequiredService<IOptions<CalComOptions>>().Value;
        }
        catch (OptionsValidationException)
        {
            return null;
        }
    }

    // Without the slash, relative paths such as "bookings" would replace the "v2" segment.
    private static Uri WithTrailingSlash(string baseUrl) =>
        new(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", UriKind.Absolute);
}
