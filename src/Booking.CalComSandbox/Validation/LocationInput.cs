namespace Booking.CalComSandbox.Validation;

/// <summary>A booking's <c>location</c>: an object with a <c>type</c>, or the legacy bare string (<see cref="Type"/> is then <c>null</c>).</summary>
internal sealed record LocationInput
{
    public string? Type { get; init; }

    /// <summary>The attendee-given value: the bare string, or the object's <c>address</c>, <c>phone</c>, <c>location</c> or <c>integration</c>.</summary>
    public string? Value { get; init; }
}
