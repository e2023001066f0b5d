namespace Booking.Api.Security;

/// <summary>
/// Browser apps may call the API only from the origins in <c>Cors__AllowedOrigins__0…</c>; none by default. The
/// headers a web app needs to read (Location, correlation id, Retry-After, Idempotent-Replayed) are exposed.
/// </summary>
public static class CorsSetup
{
    public static IServiceCollection AddBrowserCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        return services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            if (origins.Length == 0)
            {
                return;
            }

            policy.WithOrigins(origins)
                .WithMethods("GET", "POST")
                .WithHeaders("Content-Type", AuthOptions.HeaderName, "Idempotency-Key", "x-correlation-id")
                .WithExposedHeaders("Location", "x-correlation-id", "Retry-After", "Idempotent-Replayed")
                .SetPreflightMaxAge(TimeSpan.FromHours(1));
        }));
    }
}
