using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Formatters;

namespace Booking.Api.Hosting;

/// <summary>How JSON request bodies are read: UTF-8 only (<see cref="Utf8JsonInputFormatter"/>).</summary>
public static class JsonRequestBodies
{
    public static IServiceCollection AddJsonRequestBodies(this IServiceCollection services) =>
        services.PostConfigure<MvcOptions>(mvc =>
        {
            var index = mvc.InputFormatters.IndexOf(mvc.InputFormatters.OfType<SystemTextJsonInputFormatter>().Single());
            mvc.InputFormatters[index] = new Utf8JsonInputFormatter((SystemTextJsonInputFormatter)mvc.InputFormatters[index]);
        });
}
