using Booking.Api.Contracts.Errors;
using Booking.Api.Errors;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Booking.Api.Filters;

/// <summary>
/// Answers 400 <c>VALIDATION_ERROR</c>, naming each one, when the query string has parameters the action does not bind.
/// A misspelt parameter (<c>timeZone</c> is fine, <c>tz</c> is not) would otherwise be ignored without a word.
/// Names compare case-insensitively, as model binding does.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RejectUnknownQueryParametersAttribute : ActionFilterAttribute
{
    public override void OnActionExecuting(ActionExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.HttpContext.RequestServices.GetRequiredService<IModelMetadataProvider>();
        var known = KnownNames(context, metadata);
        var unknown = context.HttpContext.Request.Query.Keys.Where(name => !known.Contains(name)).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        var accepted = string.Join(", ", known.Order(StringComparer.Ordinal));
        context.Result = new ErrorEnvelopeResult(ErrorTable.Invalid(unknown.Select(name =>
            new FieldErrorResponse(name, $"{name} is not a known query parameter; this route takes {accepted}."))));
    }

    private static HashSet<string> KnownNames(ActionExecutingContext context, IModelMetadataProvider metadata)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in context.ActionDescriptor.Parameters)
        {
            if (parameter.BindingInfo?.BindingSource != BindingSource.Query)
            {
                continue;
            }

            var type = metadata.GetMetadataForType(parameter.ParameterType);
            if (type.IsComplexType)
            {
                names.UnionWith(type.Properties.Select(property => ToCamelCase(property.BinderModelName ?? property.PropertyName!)));
            }
            else
            {
                names.Add(parameter.BindingInfo.BinderModelName ?? parameter.Name);
            }
        }

        return names;
    }

    private static string ToCamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
