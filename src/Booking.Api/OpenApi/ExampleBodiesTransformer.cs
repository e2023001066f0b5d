using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Booking.Api.OpenApi;

/// <summary>Puts the example of <see cref="OpenApiExamples"/> on each request body and success response whose type has one.</summary>
public sealed class ExampleBodiesTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var body = context.Description.ParameterDescriptions.FirstOrDefault(parameter => parameter.Source == BindingSource.Body);
        if (body is not null && operation.RequestBody?.Content is { } requestContent)
        {
            SetExample(requestContent.Values, body.Type);
        }

        foreach (var responseType in context.Description.SupportedResponseTypes.Where(r => r.StatusCode is >= 200 and < 300 && r.Type is not null))
        {
            if (operation.Responses?.GetValueOrDefault(responseType.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)) is { Content: { } content })
            {
                SetExample(content.Values, responseType.Type!);
            }
        }

        return Task.CompletedTask;
    }

    private static void SetExample(IEnumerable<OpenApiMediaType> mediaTypes, Type type)
    {
        if (OpenApiExamples.For(type) is not { } example)
        {
            return;
        }

        foreach (var media in mediaTypes)
        {
            media.Example = example.DeepClone();
        }
    }
}
