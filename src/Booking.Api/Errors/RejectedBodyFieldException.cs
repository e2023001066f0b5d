namespace Booking.Api.Errors;

/// <summary>
/// What the JSON body reader found wrong with one field of a body (the body itself: field <c>body</c>), already in the
/// words the client gets; <see cref="ModelStateErrors"/> reports it as it is.
/// </summary>
public sealed class RejectedBodyFieldException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
