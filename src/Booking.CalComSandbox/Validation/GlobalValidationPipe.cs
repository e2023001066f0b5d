using System.Text.Json;
using System.Text.Json.Nodes;
using Booking.CalComSandbox.Http;

namespace Booking.CalComSandbox.Validation;

/// <summary>
/// Cal.com's global <c>ValidationPipe</c> (<c>bootstrap.ts</c>): whitelist (unknown properties are stripped, not refused),
/// and a failure is <c>BadRequestException({errors})</c>, so the envelope says <c>Bad Request Exception</c> and
/// <c>details.errors</c> lists class-validator's errors, each with the validated object as <c>target</c>.
/// </summary>
internal static class GlobalValidationPipe
{
    /// <param name="target">The validated object after whitelisting; <c>null</c> leaves <c>target</c> out.</param>
    public static CalComProblemException Failure(JsonObject? target, IEnumerable<PipeValidationError> errors)
    {
        var list = new JsonArray();
        foreach (var error in errors)
        {
            var item = new JsonObject();
            if (target is not null)
            {
                item["target"] = target.DeepClone();
            }

            if (error.Value is { } value)
            {
                item["value"] = JsonSerializer.SerializeToNode(value);
            }

            item["property"] = error.Property;
            item["children"] = new JsonArray();
            var constraints = new JsonObject();
            foreach (var (name, message) in error.Constraints)
            {
                constraints[name] = message;
            }

            item["constraints"] = constraints;
            list.Add(item);
        }

        return new CalComProblemException(
            StatusCodes.Status400BadRequest, CalComMessages.BadRequestException, details: new JsonObject { ["errors"] = list });
    }
}
