using Booking.Api.Security;
using Booking.Infrastructure.CalCom;
using Microsoft.Extensions.Options;

namespace Booking.Api.Hosting;

/// <summary>
/// Reads the validated options before the host starts, so a misconfigured service stops with one clear line per
/// problem (naming the setting) instead of a stack trace.
/// </summary>
public static class StartupConfigurationCheck
{
    public static bool IsValid(IServiceProvider services, TextWriter errors)
    {
        try
        {
            _ = services.GetRequiredService<IOptions<CalComOptions>>().Value;
            _ = services.GetRequiredService<IOptions<AuthOptions>>().Value;
            return true;
        }
        catch (OptionsValidationException invalid)
        {
            foreach (var failure in invalid.Failures)
            {
                errors.WriteLine($"Configuration error: {failure}");
            }

            return false;
        }
    }
}
