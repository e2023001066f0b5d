namespace Booking.Api.Security;

/// <summary>Wires inbound protection: security headers, CORS, API keys and per-client rate limits.</summary>
public static class ApiSecurity
{
    public static WebApplicationBuilder AddApiSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>().Bind(builder.Configuration.GetSection(AuthOptions.SectionName))
            .Validate(auth => auth.FailedAttemptsPerMinute > 0, "Auth__FailedAttemptsPerMinute must be a positive number.");
        builder.Services.AddSingleton<FailedAuthenticationThrottle>();
        builder.Services.AddBrowserCors(builder.Configuration);
        builder.Services.AddInboundRateLimiting(builder.Configuration);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        return builder;
    }

    /// <summary>Order matters: CORS answers preflights before keys are checked; limits apply per identified client.</summary>
    public static WebApplication UseApiSecurity(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseCors();
        app.UseMiddleware<ApiKeyAuthenticationMiddleware>();
        app.UseMiddleware<InboundRateLimitMiddleware>();

        var keys = app.Configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>()?.ApiKeys ?? [];
        if (app.Environment.IsProduction() && !keys.Any(key => !string.IsNullOrWhiteSpace(key)))
        {
            app.Logger.LogWarning("No inbound API keys are configured (Auth__ApiKeys__0): the API is open to anyone who can reach it.");
        }

        return app;
    }
}
