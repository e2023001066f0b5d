using Booking.CalComSandbox.Endpoints;
using Booking.CalComSandbox.Faults;
using Booking.CalComSandbox.Http;
using Booking.CalComSandbox.Scheduling;
using Booking.CalComSandbox.Seed;
using Booking.CalComSandbox.Webhooks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace Booking.CalComSandbox;

/// <summary>A Cal.com API v2 look-alike on its own Kestrel server, in memory.</summary>
public sealed class CalComSandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly BookingStore _bookings;

    private CalComSandboxServer(WebApplication app, Uri baseAddress, string apiKey)
    {
        _app = app;
        _bookings = app.Services.GetRequiredService<BookingStore>();
        BaseAddress = baseAddress;
        ApiKey = apiKey;
    }

    public Uri BaseAddress { get; }

    public Uri V2BaseAddress => new(BaseAddress, "v2/");

    public string ApiKey { get; }

    /// <summary>Every booking in memory, whatever its status.</summary>
    public int BookingCount => _bookings.Count;

    public static Task<CalComSandboxServer> StartAsync(SandboxOptions options, CancellationToken cancellationToken = default) =>
        StartAsync(options, ownsConsole: false, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    internal static async Task<CalComSandboxServer> StartAsync(SandboxOptions options, bool ownsConsole, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        EnsureValid(options);
        var app = Build(options, SeedLoader.Load(options.SeedFile), ownsConsole);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new CalComSandboxServer(app, new Uri(address.TrimEnd('/') + "/"), options.ApiKey);
    }

    internal Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    private static WebApplication Build(SandboxOptions options, SeedDocument seed, bool ownsConsole)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(CalComSandboxServer).Assembly.GetName().Name,
        });

        // The sandbox may run inside another process: none of that host's settings, URLs or log levels may leak in.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (!ownsConsole)
        {
            builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        }

        // A test double has nothing to flush; a long graceful stop would only hold up tests that leave delayed requests behind.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromMilliseconds(500));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(options.TimeProvider);
        builder.Services.AddSingleton(seed);
        builder.Services.AddSingleton<EventTypeCatalog>();
        builder.Services.AddSingleton<BookingStore>();
        builder.Services.AddSingleton<ReservationStore>();
        builder.Services.AddSingleton<BookingService>();
        builder.Services.AddSingleton<SlotService>();
        builder.Services.AddSingleton<RateLimiter>();
        builder.Services.AddSingleton<RequestLog>();
        builder.Services.AddSingleton<FaultQueue>();
        builder.Services.AddSingleton<WebhookStore>();
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.AddSingleton<WebhookDeliveryLog>();
        builder.Services.AddSingleton<WebhookDispatcher>();
        builder.Services.AddSingleton<BookingWebhooks>();
        builder.Services.AddSingleton<HostActions>();

        var app = builder.Build();
        app.UseMiddleware<RequestIdMiddleware>();
        app.UseWhen(IsCalComRoute, calCom =>
        {
            calCom.UseMiddleware<RequestLogMiddleware>();
            calCom.UseMiddleware<FaultMiddleware>();
        });
        app.UseMiddleware<ProblemMiddleware>();
        app.UseWhen(IsCalComRoute, calCom => calCom.UseMiddleware<ThrottleAndAuthMiddleware>());

        BookingEndpoints.Map(app);
        SlotEndpoints.Map(app);
        EventTypeEndpoints.Map(app);
        WebhookEndpoints.Map(app);
        SandboxControlEndpoints.Map(app);
        HostActionEndpoints.Map(app);
        app.MapFallback("{*path}", context => throw Responses.NoRoute(context.Request));
        return app;
    }

    private static void EnsureValid(SandboxOptions options)
    {
        // Cal.com recognises API keys only by this prefix; any other bearer is treated as an OAuth access token.
        if (!options.ApiKey.StartsWith("cal_", StringComparison.Ordinal))
        {
            throw new ArgumentException($"The sandbox API key must start with 'cal_' (got '{options.ApiKey}').", nameof(options));
        }

        if (options.RateLimitPerWindow < 1 || options.RateLimitWindow <= TimeSpan.Zero)
        {
            throw new ArgumentException("The sandbox rate limit needs at least one request per positive window.", nameof(options));
        }

        if (options.WebhookTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("The sandbox webhook timeout must be positive.", nameof(options));
        }
    }

    private static bool IsCalComRoute(HttpContext context) => !context.Request.Path.StartsWithSegments("/_sandbox");
}
