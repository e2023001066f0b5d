using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Formatters;

namespace Booking.Api.Hosting;

/// <summary>
/// How JSON request bodies are read: UTF-8 only (<see cref="Utf8JsonInputFormatter"/>), and a property given twice is
/// refused rather than the last one silently winning (<c>eventTypeId</c> twice used to book the second).
/// </summary>
public static class JsonRequestBodies
{
    public static IServiceCollection AddJsonRequestBodies(this IServiceCollection services)
    {
        services.Configure<JsonOptions>(json => json.JsonSerializerOptions.AllowDuplicateProperties = false);
        return services.PostConfigure<MvcOptions>(mvc =>
        {
            var index = mvc.InputFormatters.IndexOf(mvc.InputFormatters.OfType<SystemTextJsonInputFormatter>().Single());
            mvc.InputFormatters[index] = new Utf8JsonInputFormatter((SystemTextJsonInputFormatter)mvc.InputFormatters[index]);
        });
    }
}
