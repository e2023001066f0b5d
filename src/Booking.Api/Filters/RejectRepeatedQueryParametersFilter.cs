using Booking.Api.Contracts.Errors;
using Booking.Api.Errors;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Booking.Api.Filters;

/// <summary>
/// Answers 400 <c>VALIDATION_ERROR</c>, naming each one, when a query parameter is given more than once: model binding
/// would silently take the first (<c>eventTypeId=1&amp;eventTypeId=2</c> searched event type 1). Applies to every action,
/// before anything is bound.
/// </summary>
public sealed class RejectRepeatedQueryParametersFilter : IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var repeated = context.HttpContext.Request.Query.Where(parameter => parameter.Value.Count > 1).ToList();
        if (repeated.Count > 0)
        {
            context.Result = new ErrorEnvelopeResult(ErrorTable.Invalid(repeated.Select(parameter =>
                new FieldErrorResponse(parameter.Key, $"{parameter.Key} is given {parameter.Value.Count} times; give it once."))));
        }
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
