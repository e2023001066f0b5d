using System.Text.Json.Nodes;
using Booking.Api.Contracts.Errors;
using Booking.Api.Errors;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Booking.Api.OpenApi;

/// <summary>
/// Makes the error envelope's schema say what the C# types cannot: <c>error.code</c> is one of the documented codes,
/// <c>details</c> is a list of field errors or a sentence, and the envelope carries one example per code.
/// </summary>
public sealed class ErrorEnvelopeSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(ErrorEnvelope))
        {
            schema.Description = "The one shape of every error. Branch on `error.code`.";
            schema.Examples = ErrorTable.All.Select(error => OpenApiExamples.Envelope(error.ToApiError())).ToList();
        }
        else if (type == typeof(ErrorBody) && schema.Properties is { } properties)
        {
            properties["code"] = CodeSchema();
            properties["details"] = DetailsSchema();
            properties["timestamp"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Format = "date-time",
                Description = "When the error happened, UTC ISO-8601 with milliseconds.",
            };
        }

        return Task.CompletedTask;
    }

    private static OpenApiSchema CodeSchema() => new()
    {
        Type = JsonSchemaType.String,
        Description = "A stable code clients branch on:\n\n"
            + string.Join("\n", ErrorTable.All.Select(error => $"- `{error.Code}` ({error.StatusCode}): {error.When}")),
        Enum = ErrorTable.All.Select(error => (JsonNode)JsonValue.Create(error.Code)).ToList(),
    };

    private static OpenApiSchema DetailsSchema() => new()
    {
        Description = "For `VALIDATION_ERROR` every invalid field with what is wrong; otherwise a sentence.",
        OneOf =
        [
            new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                Items = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { "field", "message" },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["field"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "JSON path of the field, e.g. `attendee.email`." },
                        ["message"] = new OpenApiSchema { Type = JsonSchemaType.String },
                    },
                },
            },
            new OpenApiSchema { Type = JsonSchemaType.String },
        ],
    };
}
