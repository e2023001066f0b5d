using Booking.Application.Common.Failures;
using Booking.Domain.Common;
using FluentValidation;
using MediatR;

namespace Booking.Application.Common.Behaviours;

/// <summary>Runs every validator of the request and reports all failures at once, before the handler runs.</summary>
public sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        List<FieldError>? errors = null;
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TRequest>(request), cancellationToken);
            foreach (var failure in result.Errors)
            {
                (errors ??= []).Add(new FieldError(failure.PropertyName, failure.ErrorMessage));
            }
        }

        if (errors is not null)
        {
            throw FailureException.Invalid(errors);
        }

        return await next();
    }
}
