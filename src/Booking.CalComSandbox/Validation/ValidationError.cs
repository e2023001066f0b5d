namespace Booking.CalComSandbox.Validation;

/// <summary>One class-validator error, flattened the way Cal.com's booking pipes build their 400 message.</summary>
internal sealed record ValidationError(string Property, IReadOnlyList<string> Constraints, IReadOnlyList<ValidationError> Children)
{
    public static ValidationError Of(string property, string constraint) => new(property, [constraint], []);

    public static ValidationError Nested(string property, IReadOnlyList<ValidationError> children) => new(property, [], children);

    public static ValidationError UnknownProperty(string property) => Of(property, $"property {property} should not exist");

    public static string Flatten(IEnumerable<ValidationError> errors) => string.Join(", ", errors.Select(e => e.Format()));

    private string Format() => $"{Property} property is wrong,{string.Join(", ", Constraints)} {Flatten(Children)}";
}
