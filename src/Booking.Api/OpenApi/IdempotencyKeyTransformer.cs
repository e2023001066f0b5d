using System.Text.Json.Nodes;
using Booking.Api.Idempotency;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Booking.Api.OpenApi;

/// <summary>Documents the <c>Idempotency-Key</c> header and the <c>Idempotent-Replayed</c> answer on actions that honour them.</summary>
public sealed class IdempotencyKeyTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<IdempotentAttribute>().Any())
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyKey.HeaderName,
            In = ParameterLocation.Header,
            Required = false,
            Description = "A unique key per intended operation (e.g. a UUID). Repeating the request with the same key and body "
                + "returns the first answer instead of acting again; the same key with another body is refused.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = 255 },
            Example = JsonValue.Create("4f7d2a1e-order-1042"),
        });

        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (status.StartsWith('2') && response is OpenApiResponse success)
            {
                success.Headers ??= new Dictionary<string, IOpenApiHeader>();
                success.Headers[IdempotencyKey.ReplayedHeaderName] = new OpenApiHeader
                {
                    Description = "`true` when this is the stored answer to an earlier request with the same Idempotency-Key.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }
        }

        return Task.CompletedTask;
    }
}
