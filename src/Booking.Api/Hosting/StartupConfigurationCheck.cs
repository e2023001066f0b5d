using Microsoft.Extensions.Options;

namespace Booking.Api.Hosting;

/// <summary>
/// Runs every start-up validation of options before the host starts, so a misconfigured service stops with one clear
/// line per problem (naming the setting) instead of a stack trace.
/// </summary>
public static class StartupConfigurationCheck
{
    public static bool IsValid(IServiceProvider services, TextWriter errors)
    {
        try
        {
            services.GetRequiredService<IStartupValidator>().Validate();
            return true;
        }
        catch (Exception invalid) when (Failures(invalid) is { Count: > 0 } failures)
        {
            foreach (var failure in failures)
            {
                errors.WriteLine($"Configuration error: {failure}");
            }

            return false;
        }
    }

    // One invalid options class throws its OptionsValidationException; several throw them together in an AggregateException.
    private static List<string> Failures(Exception exception) => exception switch
    {
        OptionsValidationException invalid => [.. invalid.Failures],
        AggregateException several => [.. several.InnerExceptions.OfType<OptionsValidationException>().SelectMany(invalid => invalid.Failures)],
        _ => [],
    };
}
