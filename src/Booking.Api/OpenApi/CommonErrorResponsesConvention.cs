using Booking.Api.Contracts.Errors;
using Booking.Api.Idempotency;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Booking.Api.OpenApi;

/// <summary>
/// Declares the error responses an action can produce without saying so itself, so new actions are documented with
/// them automatically: 500 always; 400, 413 and 415 when it reads a JSON body; under <c>/api</c> 401 and 429 (inbound
/// API keys and the per-client rate limit guard it) and 502, 503 and 504 (every action there calls Cal.com, and the
/// upstream budget answers 429 too); 409, 422 and 503 when it honours <c>Idempotency-Key</c>.
/// </summary>
public sealed class CommonErrorResponsesConvention : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        ArgumentNullException.ThrowIfNull(action);

        var statuses = new List<int> { StatusCodes.Status500InternalServerError };
        if (action.Parameters.Any(parameter => parameter.BindingInfo?.BindingSource == BindingSource.Body))
        {
            statuses.AddRange([StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType]);
        }

        if (IsUnderApi(action))
        {
            statuses.AddRange([
                StatusCodes.Status401Unauthorized, StatusCodes.Status429TooManyRequests,
                StatusCodes.Status502BadGateway, StatusCodes.Status503ServiceUnavailable, StatusCodes.Status504GatewayTimeout,
            ]);
        }

        if (action.Attributes.OfType<IdempotentAttribute>().Any())
        {
            statuses.AddRange([StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity, StatusCodes.Status503ServiceUnavailable]);
        }

        var declared = action.Filters.Concat(action.Attributes).Concat(action.Controller.Filters).Concat(action.Controller.Attributes)
            .OfType<ProducesResponseTypeAttribute>()
            .Select(produces => produces.StatusCode)
            .ToHashSet();
        foreach (var status in statuses.Distinct().Where(status => !declared.Contains(status)))
        {
            action.Filters.Add(new ProducesResponseTypeAttribute<ErrorEnvelope>(status));
        }
    }

    private static bool IsUnderApi(ActionModel action) =>
        action.Controller.Selectors.Concat(action.Selectors)
            .Any(selector => selector.AttributeRouteModel?.Template?.TrimStart('/').StartsWith("api/", StringComparison.OrdinalIgnoreCase) == true);
}
