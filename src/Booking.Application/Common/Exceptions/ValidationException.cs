namespace Booking.Application.Common.Exceptions;

/// <summary>The request is invalid; <see cref="Errors"/> names every failing field.</summary>
public sealed class ValidationException(IReadOnlyList<FieldError> errors)
    : Exception("One or more fields are invalid.")
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;

    public ValidationException(string field, string message)
        : this([new FieldError(field, message)])
    {
    }
}
