using System.Globalization;
using Booking.Api.Contracts.Errors;
using Booking.Api.Errors;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Booking.Api.OpenApi;

/// <summary>
/// Describes each error-envelope response of an operation from <see cref="ErrorTable"/>: the codes its status
/// can carry, when each happens, and one example envelope per code. Responses are listed in status order.
/// </summary>
public sealed class ErrorResponsesTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.Responses is not { } responses)
        {
            return Task.CompletedTask;
        }

        var envelopeStatuses = context.Description.SupportedResponseTypes
            .Where(response => response.Type == typeof(ErrorEnvelope))
            .Select(response => response.StatusCode.ToString(CultureInfo.InvariantCulture))
            .ToHashSet();

        foreach (var (status, response) in responses)
        {
            if (envelopeStatuses.Contains(status) && response is OpenApiResponse envelope)
            {
                Describe(envelope, ErrorTable.DocumentedFor(context.Description, int.Parse(status, CultureInfo.InvariantCulture)).ToList());
            }
        }

        var ordered = responses.OrderBy(response => response.Key, StringComparer.Ordinal).ToList();
        responses.Clear();
        foreach (var (status, response) in ordered)
        {
            responses.Add(status, response);
        }

        return Task.CompletedTask;
    }

    private static void Describe(OpenApiResponse response, IReadOnlyList<ErrorRow> errors)
    {
        if (errors.Count == 0)
        {
            return;
        }

        response.Description = string.Join(" ", errors.Select(error => $"`{error.Code}`: {error.When}"));
        foreach (var media in response.Content?.Values ?? [])
        {
            media.Examples = errors.ToDictionary(
                error => error.Code,
                error => (IOpenApiExample)new OpenApiExample { Summary = error.Code, Value = OpenApiExamples.Envelope(error.ToApiError()) });
        }
    }
}
