namespace Booking.CalComSandbox.Webhooks;

/// <summary>A property that may be absent, or present with a value that may be <c>null</c> (a PATCH clears it).</summary>
internal readonly record struct Provided<T>(bool IsSet, T Value)
{
    public T Or(T current) => IsSet ? Value : current;
}
