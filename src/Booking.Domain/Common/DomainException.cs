namespace Booking.Domain.Common;

/// <summary>A domain rule was broken. <see cref="Field"/> names the input the rule is about, when there is one.</summary>
public sealed class DomainException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
