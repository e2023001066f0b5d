using Booking.Api.Contracts.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Booking.Api.OpenApi;

/// <summary>
/// Declares the error responses every action can produce without saying so itself: 500 always; 400, 413 and 415
/// when it reads a JSON body. New actions are documented with them automatically.
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

        var declared = action.Filters.OfType<ProducesResponseTypeAttribute>().Select(produces => produces.StatusCode)
            .Concat(action.Attributes.OfType<ProducesResponseTypeAttribute>().Select(produces => produces.StatusCode))
            .ToHashSet();
        foreach (var status in statuses.Where(status => !declared.Contains(status)))
        {
            action.Filters.Add(new ProducesResponseTypeAttribute<ErrorEnvelope>(status));
        }
    }
}
