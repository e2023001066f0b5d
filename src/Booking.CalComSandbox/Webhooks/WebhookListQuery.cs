using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Booking.CalComSandbox.Validation;

namespace Booking.CalComSandbox.Webhooks;

/// <summary>
/// Cal.com's <c>SkipTakePagination</c>: each value goes through JavaScript's <c>parseInt</c> (so <c>take=10abc</c> is 10
/// and <c>take=abc</c> is NaN), then <c>take</c> must be 1–250 (default 250) and <c>skip</c> at least 0.
/// </summary>
internal sealed record WebhookListQuery(int Skip, int Take)
{
    private const int MaxTake = 250;

    public static WebhookListQuery Parse(IQueryCollection query)
    {
        var take = ParseIntLikeJavaScript(query["take"], MaxTake);
        var skip = ParseIntLikeJavaScript(query["skip"], 0);
        var errors = new List<PipeValidationError>();

        // Decorators register bottom-up, so class-validator reports @Max before @Min before @IsNumber.
        var takeConstraints = new List<(string, string)>();
        if (!(take <= MaxTake))
        {
            takeConstraints.Add(("max", $"take must not be greater than {MaxTake}"));
        }

        if (!(take >= 1))
        {
            takeConstraints.Add(("min", "take must not be less than 1"));
        }

        AddIsNumber(takeConstraints, "take", take);
        var skipConstraints = new List<(string, string)>();
        if (!(skip >= 0))
        {
            skipConstraints.Add(("min", "skip must not be less than 0"));
        }

        AddIsNumber(skipConstraints, "skip", skip);
        if (takeConstraints.Count > 0)
        {
            errors.Add(new PipeValidationError("take", takeConstraints) { Value = NumberElement(take) });
        }

        if (skipConstraints.Count > 0)
        {
            errors.Add(new PipeValidationError("skip", skipConstraints) { Value = NumberElement(skip) });
        }

        if (errors.Count > 0)
        {
            var target = new JsonObject
            {
                ["take"] = JsonSerializer.SerializeToNode(NumberElement(take)),
                ["skip"] = JsonSerializer.SerializeToNode(NumberElement(skip)),
            };
            throw GlobalValidationPipe.Failure(target, errors);
        }

        return new WebhookListQuery((int)Math.Min(skip, int.MaxValue), (int)take);
    }

    private static void AddIsNumber(List<(string, string)> constraints, string name, double value)
    {
        if (!double.IsFinite(value))
        {
            constraints.Add(("isNumber", $"{name} must be a number conforming to the specified constraints"));
        }
    }

    /// <summary>JSON has no NaN or Infinity; JavaScript's JSON.stringify writes them as <c>null</c>.</summary>
    private static JsonElement NumberElement(double value) =>
        double.IsFinite(value) ? JsonSerializer.SerializeToElement(value) : JsonSerializer.SerializeToElement<object?>(null);

    /// <summary><c>value ? parseInt(value) : fallback</c>; a repeated parameter is an array, which parseInt reads as "a,b".</summary>
    private static double ParseIntLikeJavaScript(Microsoft.Extensions.Primitives.StringValues values, double fallback)
    {
        var text = values.Count == 0 ? "" : string.Join(",", values.ToArray());
        if (values.Count == 0 || (values.Count == 1 && text.Length == 0))
        {
            return fallback;
        }

        var span = text.AsSpan().TrimStart();
        var sign = 1;
        if (span.Length > 0 && (span[0] == '+' || span[0] == '-'))
        {
            sign = span[0] == '-' ? -1 : 1;
            span = span[1..];
        }

        var hex = span.Length > 1 && span[0] == '0' && (span[1] == 'x' || span[1] == 'X');
        if (hex)
        {
            span = span[2..];
        }

        var digits = 0;
        while (digits < span.Length && (hex ? char.IsAsciiHexDigit(span[digits]) : char.IsAsciiDigit(span[digits])))
        {
            digits++;
        }

        if (digits == 0)
        {
            return double.NaN;
        }

        var number = 0d;
        foreach (var digit in span[..digits])
        {
            number = (number * (hex ? 16 : 10)) + int.Parse(digit.ToString(), hex ? NumberStyles.HexNumber : NumberStyles.None, CultureInfo.InvariantCulture);
        }

        return sign * number;
    }
}
