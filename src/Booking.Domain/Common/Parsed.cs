namespace Booking.Domain.Common;

/// <summary>
/// A client's input read into a value: the value, or every reason it is not one, each naming the field. Value objects
/// read input this way, so a rule and its message are written once; a request carries the parsed values, its validator
/// reports the errors, and its handler uses the values without reading the text again.
/// </summary>
public sealed class Parsed<T>
{
    private readonly T? value;

    private Parsed(T? value, IReadOnlyList<FieldError> errors)
    {
        this.value = value;
        Errors = errors;
    }

    /// <summary>Empty when the input was read.</summary>
    public IReadOnlyList<FieldError> Errors { get; }

    public bool IsValid => Errors.Count == 0;

    /// <summary>The value; asking for it when the input is invalid is a programming error (validation runs first).</summary>
    public T Value => IsValid ? value! : throw new InvalidOperationException($"The input was not read: {Errors[0].Message}");

    public static Parsed<T> Valid(T value) => new(value, []);

    public static Parsed<T> Invalid(string field, string message) => new(default, [new FieldError(field, message)]);

    public static Parsed<T> Invalid(IReadOnlyList<FieldError> errors) =>
        errors.Count > 0 ? new(default, errors) : throw new ArgumentException("An invalid input needs at least one error.", nameof(errors));

    public static implicit operator Parsed<T>(T value) => Valid(value);
}
