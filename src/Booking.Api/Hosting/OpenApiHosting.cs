using Booking.Api.OpenApi;
using Microsoft.AspNetCore.Mvc;
using Scalar.AspNetCore;

namespace Booking.Api.Hosting;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>, generated from the routes, contracts and XML comments, and the
/// interactive reference (Scalar) at <c>/docs</c>. Both are served in every environment: they describe the public
/// contract and hold nothing secret. The document is generated once and then served from memory
/// (<see cref="OpenApiDocumentCache"/>); both routes count against the client's rate limit like the API.
/// </summary>
public static class OpenApiHosting
{
    public const string DocumentName = "v1";
    public const string DocumentRoute = "/openapi/{documentName}.json";
    public const string DocsRoute = "/docs";

    public static IServiceCollection AddBookingOpenApi(this IServiceCollection services)
    {
        services.Configure<MvcOptions>(mvc => mvc.Conventions.Add(new CommonErrorResponsesConvention()));
        services.AddSingleton<OpenApiDocumentCache>();
        return services.AddOpenApi(DocumentName, options =>
        {
            options.AddDocumentTransformer<BookingDocumentTransformer>();
            options.AddDocumentTransformer<ApiKeySecurityTransformer>();
            options.AddOperationTransformer<OperationIdTransformer>();
            options.AddOperationTransformer<ErrorResponsesTransformer>();
            options.AddOperationTransformer<ExampleBodiesTransformer>();
            options.AddOperationTransformer<IdempotencyKeyTransformer>();
            options.AddOperationTransformer<QueryParameterNamesTransformer>();
            options.AddSchemaTransformer<ErrorEnvelopeSchemaTransformer>();
        });
    }

    public static IEndpointRouteBuilder MapBookingOpenApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(DocumentRoute, (string documentName, HttpContext context, OpenApiDocumentCache cache) =>
                documentName == DocumentName ? cache.ServeAsync(context) : Task.FromResult(Results.NotFound()))
            .ExcludeFromDescription();
        endpoints.MapScalarApiReference(DocsRoute, scalar => scalar
            .WithTitle("Booking API")
            .WithOpenApiRoutePattern(DocumentRoute));
        return endpoints;
    }
}
