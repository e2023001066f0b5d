using Spectre.Console;

namespace Booking.Smoke;

/// <summary>
/// <c>dotnet run --project tools/Booking.Smoke -- --api http://localhost:3000</c>: runs <see cref="SmokeRun"/> with
/// progress on the terminal. Exit code 0 when every step passed, 1 when one failed, 2 for wrong arguments.
/// </summary>
public static class SmokeProgram
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(60);

    public static async Task<int> Main(string[] args)
    {
        if (args.Any(arg => arg is "--help" or "-h"))
        {
            AnsiConsole.WriteLine(SmokeArguments.Usage);
            return 0;
        }

        if (SmokeArguments.Parse(args, out var error, Environment.GetEnvironmentVariable(SmokeArguments.ApiKeyVariable)) is not { } options)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{error}[/]");
            return 2;
        }

        using var http = new HttpClient { BaseAddress = WithTrailingSlash(options.Api), Timeout = RequestTimeout };
        AnsiConsole.MarkupLineInterpolated($"Smoke test of [bold]{options.Api}[/] on event type {options.EventTypeId}");

        var report = await AnsiConsole.Status().StartAsync("Starting", status => new SmokeRun(http, options).RunAsync(new ConsoleObserver(status)));

        AnsiConsole.MarkupLineInterpolated($"Correlation id of this run: {report.CorrelationId}");
        AnsiConsole.MarkupLine(report.Passed ? "[green]Smoke test passed.[/]" : "[red]Smoke test failed.[/]");
        return report.ExitCode;
    }

    private static Uri WithTrailingSlash(Uri api) =>
        api.AbsoluteUri.EndsWith('/') ? api : new Uri(api.AbsoluteUri + "/");

    private sealed class ConsoleObserver(StatusContext status) : ISmokeObserver
    {
        public void StepStarted(string name) => status.Status(Markup.Escape(name));

        public void StepFinished(SmokeStepResult result)
        {
            var label = result.Outcome switch
            {
                SmokeOutcome.Passed => "[green]PASS[/]",
                SmokeOutcome.Failed => "[red]FAIL[/]",
                _ => "[grey]SKIP[/]",
            };
            AnsiConsole.MarkupLine($"{label} {Markup.Escape(result.Name)}");
            AnsiConsole.MarkupLineInterpolated($"     {result.Detail}");
        }
    }
}
