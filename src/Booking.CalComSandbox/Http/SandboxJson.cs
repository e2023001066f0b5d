using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Booking.CalComSandbox.Http;

internal static class SandboxJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Cal.com's format: UTC with milliseconds and <c>Z</c>, e.g. <c>2030-01-08T13:00:00.000Z</c>.</summary>
    public static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>dayjs's <c>utc().format()</c>, used by Cal.com's booking core: no milliseconds, e.g. <c>2030-01-08T13:00:00Z</c>.</summary>
    public static string UtcSeconds(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>dayjs's <c>format()</c> on a server running in UTC, used by Cal.com's cancel flow: <c>2030-01-08T13:00:00+00:00</c>.</summary>
    public static string UtcSecondsWithOffset(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);

    /// <summary>A local time with its offset, e.g. <c>2030-01-08T09:00:00.000-05:00</c>.</summary>
    public static string WithOffset(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return local.Offset == TimeSpan.Zero && zone == TimeZoneInfo.Utc
            ? Utc(instant)
            : local.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
    }

    public static Task WriteAsync<T>(HttpContext context, int statusCode, T body)
    {
        context.Response.StatusCode = statusCode;
        return context.Response.WriteAsJsonAsync(body, Options, contentType: "application/json; charset=utf-8");
    }
}
