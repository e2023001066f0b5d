using Spectre.Console;

namespace Booking.Smoke;

/// <summary>
/// <c>dotnet run --project tools/Booking.Smoke -- --api http://localhost:3000</c>: runs <see cref="SmokeRun"/> with
/// progress on the terminal, or, when the output goes to a file, a pipe or a CI log, one plain line per step (no spinner,
/// no colours, no wrapping). Exit code 0 when every step passed, 1 when one failed, 2 for wrong arguments.
/// </summary>
public static class SmokeProgram
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(60);

    public static async Task<int> Main(string[] args)
    {
        var plain = Console.IsOutputRedirected;
        if (args.Any(arg => arg is "--help" or "-h"))
        {
            WriteLine(plain, SmokeArguments.Usage);
            return 0;
        }

        if (SmokeArguments.Parse(args, out var error, Environment.GetEnvironmentVariable(SmokeArguments.ApiKeyVariable)) is not { } options)
        {
            if (plain)
            {
                Console.Out.WriteLine(error);
            }
            else
            {
                AnsiConsole.MarkupLineInterpolated($"[red]{error}[/]");
            }

            return 2;
        }

        using var http = new HttpClient { BaseAddress = WithTrailingSlash(options.Api), Timeout = RequestTimeout };
        var run = new SmokeRun(http, options);
        SmokeReport report;
        if (plain)
        {
            Console.Out.WriteLine($"Smoke test of {options.Api} on event type {options.EventTypeId}");
            report = await run.RunAsync(new PlainObserver(Console.Out));
            Console.Out.WriteLine($"Correlation id of this run: {report.CorrelationId}");
            Console.Out.WriteLine(report.Passed ? "Smoke test passed." : "Smoke test failed.");
        }
        else
        {
            AnsiConsole.MarkupLineInterpolated($"Smoke test of [bold]{options.Api}[/] on event type {options.EventTypeId}");
            report = await AnsiConsole.Status().StartAsync("Starting", status => run.RunAsync(new TerminalObserver(status)));
            AnsiConsole.MarkupLineInterpolated($"Correlation id of this run: {report.CorrelationId}");
            AnsiConsole.MarkupLine(report.Passed ? "[green]Smoke test passed.[/]" : "[red]Smoke test failed.[/]");
        }

        return report.ExitCode;
    }

    private static void WriteLine(bool plain, string text)
    {
        if (plain)
        {
            Console.Out.WriteLine(text);
        }
        else
        {
            AnsiConsole.WriteLine(text);
        }
    }

    private static Uri WithTrailingSlash(Uri api) =>
        api.AbsoluteUri.EndsWith('/') ? api : new Uri(api.AbsoluteUri + "/");

    private static string Label(SmokeOutcome outcome) => outcome switch
    {
        SmokeOutcome.Passed => "PASS",
        SmokeOutcome.Failed => "FAIL",
        _ => "SKIP",
    };

    /// <summary>On a terminal: a spinner while a step runs, then its coloured result and what it saw below it.</summary>
    private sealed class TerminalObserver(StatusContext status) : ISmokeObserver
    {
        public void StepStarted(string name) => status.Status(Markup.Escape(name));

        public void StepFinished(SmokeStepResult result)
        {
            var colour = result.Outcome switch
            {
                SmokeOutcome.Passed => "green",
                SmokeOutcome.Failed => "red",
                _ => "grey",
            };
            AnsiConsole.MarkupLine($"[{colour}]{Label(result.Outcome)}[/] {Markup.Escape(result.Name)}");
            AnsiConsole.MarkupLineInterpolated($"     {result.Detail}");
        }
    }

    /// <summary>Off a terminal: one line per finished step, as long as it needs to be, for logs and pipes.</summary>
    private sealed class PlainObserver(TextWriter output) : ISmokeObserver
    {
        public void StepStarted(string name)
        {
        }

        public void StepFinished(SmokeStepResult result) =>
            output.WriteLine($"{Label(result.Outcome)} {result.Name}: {string.Join(' ', result.Detail.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries))}");
    }
}
