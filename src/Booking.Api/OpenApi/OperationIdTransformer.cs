using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Booking.Api.OpenApi;

/// <summary>
/// Gives every operation an id that code generators turn into method names: the endpoint's name when it has one,
/// else controller and action (<c>SlotsReserve</c>), so new actions get one without extra attributes.
/// </summary>
public sealed class OperationIdTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(operation.OperationId) && context.Description.ActionDescriptor is ControllerActionDescriptor action)
        {
            operation.OperationId = action.ControllerName + action.ActionName;
        }

        return Task.CompletedTask;
    }
}
