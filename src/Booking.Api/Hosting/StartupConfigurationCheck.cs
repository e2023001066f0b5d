using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Booking.Api.OpenApi;
using Booking.Api.Security;
using Microsoft.Extensions.Options;

namespace Booking.Api.Hosting;

/// <summary>
/// Stops a misconfigured service before it starts, with one line per problem that names the setting and what it
/// takes, and exit code 1, instead of a stack trace: first the settings the host needs in order to be built at all
/// (<see cref="IsValid(IConfiguration, IHostEnvironment, IEnumerable{ValueTuple{string, Type}}, TextWriter)"/>), then the validated options
/// (<see cref="IsValid(IServiceProvider, TextWriter)"/>).
/// </summary>
public static partial class StartupConfigurationCheck
{
    private const string Prefix = "Configuration error: ";

    /// <summary>
    /// Checks what building the host reads: the Cal.com mode, the sandbox address and every bound setting, among them
    /// <paramref name="infrastructureSettings"/> (the sections Infrastructure binds, with the options type of each).
    /// </summary>
    public static bool IsValid(
        IConfiguration configuration, IHostEnvironment environment, IEnumerable<(string Section, Type Options)> infrastructureSettings, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(infrastructureSettings);
        ArgumentNullException.ThrowIfNull(errors);

        var problems = new List<string>();
        var mode = CalComSandboxHosting.ModeFor(configuration, environment);
        if (mode is null)
        {
            problems.Add($"CalCom__Mode is '{configuration["CalCom:Mode"]}'; it takes {CalComSandboxHosting.SandboxMode} or {CalComSandboxHosting.LiveMode}.");
        }
        else if (mode == CalComSandboxHosting.SandboxMode)
        {
            CheckSandboxAddress(configuration, problems);
        }

        CheckServerUrl(configuration, problems);
        if (mode is not null)
        {
            // With a mistyped mode the CalCom section would fail to bind too; the line above already names it.
            foreach (var (section, options) in infrastructureSettings)
            {
                CheckBinds(configuration, section, options, problems);
            }
        }

        CheckBinds(configuration, AuthOptions.SectionName, typeof(AuthOptions), problems);
        if (CheckBinds(configuration, InboundRateLimitOptions.SectionName, typeof(InboundRateLimitOptions), problems) is InboundRateLimitOptions { PermitsPerMinute: <= 0 } limit)
        {
            problems.Add($"InboundRateLimit__PermitsPerMinute must be a positive number; it is {limit.PermitsPerMinute}.");
        }

        return Report(problems, errors);
    }

    /// <summary>Reads the validated options before the host starts.</summary>
    public static bool IsValid(IServiceProvider services, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(errors);
        try
        {
            services.GetRequiredService<IStartupValidator>().Validate();
            return true;
        }
        catch (Exception invalid) when (Failures(invalid) is { Count: > 0 } failures)
        {
            return Report(failures, errors);
        }
    }

    private static bool Report(IReadOnlyCollection<string> problems, TextWriter errors)
    {
        foreach (var problem in problems)
        {
            errors.WriteLine(Prefix + problem);
        }

        return problems.Count == 0;
    }

    private static void CheckSandboxAddress(IConfiguration configuration, List<string> problems)
    {
        var configured = configuration["Sandbox:Urls"];
        if (CalComSandboxHosting.SandboxAddress(configuration) is not { } address)
        {
            problems.Add($"Sandbox__Urls is '{configured}'; it takes one http URL on a loopback address, e.g. http://127.0.0.1:3001 "
                + "(port 0 picks a free one). The sandbox serves only this process.");
            return;
        }

        if (address.Port != 0 && !IsFree(address))
        {
            problems.Add($"Sandbox__Urls is '{configured}', but port {address.Port} is already in use; choose a free port, or 0 for any free one.");
        }
    }

    private static bool IsFree(Uri address)
    {
        var ip = IPAddress.TryParse(address.Host.Trim('[', ']'), out var parsed) ? parsed : IPAddress.Loopback;
        try
        {
            using var listener = new TcpListener(ip, address.Port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
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

    private static void CheckServerUrl(IConfiguration configuration, List<string> problems)
    {
        var configured = configuration[BookingDocumentTransformer.ServerUrlSetting];
        if (!string.IsNullOrWhiteSpace(configured)
            && !(Uri.TryCreate(configured.Trim(), UriKind.Absolute, out var url)
                && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
                && url.Query.Length == 0 && url.Fragment.Length == 0))
        {
            problems.Add($"OpenApi__ServerUrl is '{configured}'; it takes the absolute http or https URL clients reach this service at, "
                + "e.g. https://booking.example.com.");
        }
    }

    /// <summary>Binds <paramref name="options"/> as the host will; a value of the wrong type becomes one line naming its setting.</summary>
    private static object? CheckBinds(IConfiguration configuration, string section, Type options, List<string> problems)
    {
        try
        {
            return configuration.GetSection(section).Get(options);
        }
        catch (InvalidOperationException failed)
        {
            var match = BindingFailure().Match(failed.Message);
            problems.Add(match.Success
                ? $"{match.Groups["path"].Value.Replace(":", "__", StringComparison.Ordinal)} is '{match.Groups["value"].Value}', "
                    + $"which is not a valid {FriendlyType(match.Groups["type"].Value)}."
                : $"The {section} settings cannot be read: {failed.Message}");
            return null;
        }
    }

    private static string FriendlyType(string typeName) => typeName switch
    {
        "System.TimeSpan" => "time span (hh:mm:ss, e.g. 00:00:10)",
        "System.Int32" => "whole number",
        "System.Boolean" => "boolean (true or false)",
        _ => typeName[(typeName.LastIndexOf('.') + 1)..],
    };

    [GeneratedRegex("value '(?<value>.*)' at '(?<path>[^']+)' to type '(?<type>[^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex BindingFailure();
}
