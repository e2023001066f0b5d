using Booking.Api.Security;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Booking.Api.OpenApi;

/// <summary>
/// Documents the inbound API key: a deployment that configures keys (<c>Auth__ApiKeys__0</c>) requires one in
/// <c>X-Api-Key</c> on every <c>/api</c> route; without keys the routes are open, so the requirement is optional.
/// </summary>
public sealed class ApiKeySecurityTransformer : IOpenApiDocumentTransformer
{
    public const string SchemeName = "ApiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = AuthOptions.HeaderName,
            Description = "Required on /api routes when the service is configured with inbound API keys (Auth__ApiKeys__0, …).",
        };

        foreach (var (path, item) in document.Paths)
        {
            if (!path.StartsWith("/api/", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var operation in item.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            {
                operation.Security =
                [
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] },
                    new OpenApiSecurityRequirement(),
                ];
            }
        }

        return Task.CompletedTask;
    }
}
