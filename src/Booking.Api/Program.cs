using Booking.Api.Contracts.Bookings;
using Booking.Api.Correlation;
using Booking.Api.Errors;
using Booking.Api.Filters;
using Booking.Api.Hosting;
using Booking.Api.Idempotency;
using Booking.Api.Logging;
using Booking.Api.Observability;
using Booking.Api.Security;
using Booking.Application;
using Booking.Application.Common.Interfaces;
using Booking.Infrastructure;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
if (!StartupConfigurationCheck.IsValid(builder.Configuration, builder.Environment, Booking.Infrastructure.DependencyInjection.BoundSettings, Console.Error))
{
    return 1;
}

builder.Services.AddSerilog((services, logger) => LoggingSetup.Configure(logger, builder.Configuration).ReadFrom.Services(services));
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes);

builder.AddSandboxWhenSandboxMode();
builder.AddApiSecurity();

builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration);

builder.Services.AddHttpContextAccessor();
builder.Services.AddSingleton<ICorrelationIdAccessor, HttpCorrelationIdAccessor>();
builder.Services.AddSingleton<ErrorResponseWriter>();
builder.Services.AddExceptionHandler<ApiExceptionHandler>();
builder.Services.AddAutoMapper(_ => { }, typeof(BookingContractsProfile).Assembly);
builder.Services.AddBookingOpenApi();
builder.Services.AddHealthChecks()
    .AddCalComReachabilityCheck(builder.Configuration, HealthCheckHosting.CalComCheckName, HealthCheckHosting.ReadyTag);
builder.AddBookingTelemetry();
builder.Services.AddHostedService<StartupWarmUp>();

builder.Services
    .AddControllers(mvc => mvc.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true)
    .AddJsonOptions(json => json.AllowInputFormatterExceptionMessages = false)
    .ConfigureApiBehaviorOptions(api =>
    {
        // Bare status codes (415, 404, …) become the envelope in the status-code-pages handler, not ProblemDetails.
        api.SuppressMapClientErrors = true;
        api.InvalidModelStateResponseFactory = context => new ErrorEnvelopeResult(ModelStateErrors.ToApiError(context.ModelState));
    });
builder.Services.AddJsonRequestBodies();
builder.Services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(mvc => mvc.Filters.Add(new RejectRepeatedQueryParametersFilter()));

var app = builder.Build();

if (!StartupConfigurationCheck.IsValid(app.Services, Console.Error))
{
    return 1;
}

app.UseMiddleware<CorrelationIdMiddleware>();
app.UseBookingRequestLogging();
app.UseExceptionHandler(new ExceptionHandlerOptions
{
    ExceptionHandler = context => context.RequestServices.GetRequiredService<ErrorResponseWriter>()
        .WriteAsync(context, ErrorTable.InternalServerError.ToApiError()),
});
app.UseStatusCodePages(context => context.HttpContext.RequestServices.GetRequiredService<ErrorResponseWriter>()
    .WriteAsync(context.HttpContext, StatusCodeErrors.For(context.HttpContext.Response.StatusCode)));
app.UseApiSecurity();
app.UseMiddleware<RequestBodyLimitMiddleware>();
app.UseMiddleware<IdempotencyMiddleware>();
app.MapControllers();
app.MapBookingHealthChecks();
app.MapBookingOpenApi();

await app.RunAsync();
return 0;
