using Booking.Domain.Common;
using FluentValidation;
using FluentValidation.Results;

namespace Booking.Application.Common.Validation;

/// <summary>Reports what a value object could not read, with the value object's own field names and messages.</summary>
public static class ParsedInputRules
{
    public static IRuleBuilderOptionsConditions<T, Parsed<TValue>> MustBeRead<T, TValue>(this IRuleBuilder<T, Parsed<TValue>> rule) =>
        rule.Custom((parsed, context) =>
        {
            foreach (var error in parsed.Errors)
            {
                context.AddFailure(new ValidationFailure(error.Field, error.Message));
            }
        });
}
