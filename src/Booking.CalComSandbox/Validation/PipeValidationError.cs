using System.Text.Json;

namespace Booking.CalComSandbox.Validation;

/// <summary>
/// One class-validator error of a body or query that Cal.com's global <c>ValidationPipe</c> checks. Its
/// <c>constraints</c> keep the order in which class-validator reports them.
/// </summary>
internal sealed record PipeValidationError(string Property, IReadOnlyList<(string Name, string Message)> Constraints)
{
    /// <summary>The rejected value; <c>null</c> when the property was absent (class-validator then leaves <c>value</c> out).</summary>
    public JsonElement? Value { get; init; }

    public static PipeValidationError Of(string property, string constraint, string message) => new(property, [(constraint, message)]);
}
