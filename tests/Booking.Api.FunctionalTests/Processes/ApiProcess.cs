using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

using Booking.TestSupport;

namespace Booking.Api.FunctionalTests.Processes;

/// <summary>
/// The built API as its own operating-system process (<c>dotnet Booking.Api.dll</c>) on a free loopback port, with
/// its console output captured: for what only a real process shows (several instances, signals, its logs).
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    public Uri BaseAddress { get; }

    /// <summary>Every line the process wrote to stdout or stderr so far.</summary>
    public IReadOnlyList<string> Output => output.ToArray();

    public int Id => process.Id;

    private ApiProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public static async Task<ApiProcess> StartAsync(IReadOnlyDictionary<string, string> environment)
    {
        var (process, port) = Launch(environment);
        var api = new ApiProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, line) => api.Collect(line.Data);
        process.ErrorDataReceived += (_, line) => api.Collect(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await api.WaitUntilAnsweringAsync(TimeSpan.FromSeconds(120));
        return api;
    }

    /// <summary>Runs the API until it exits by itself (a start-up failure), with its exit code and every line it wrote.</summary>
    public static async Task<(int ExitCode, IReadOnlyList<string> Output)> RunToExitAsync(IReadOnlyDictionary<string, string> environment)
    {
        var (process, port) = Launch(environment);
        await using var api = new ApiProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, line) => api.Collect(line.Data);
        process.ErrorDataReceived += (_, line) => api.Collect(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exitCode = await api.WaitForExitAsync(TimeSpan.FromSeconds(60));
        return (exitCode, api.Output);
    }

    private static (Process Process, int Port) Launch(IReadOnlyDictionary<string, string> environment)
    {
        var port = LoopbackPort.Free();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Booking.Api.dll"), "--urls", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}" },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return (Process.Start(start) ?? throw new InvalidOperationException("The API process did not start."), port);
    }

    /// <summary>What an orchestrator sends to stop a container.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public async Task<int> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        await process.WaitForExitAsync(timeout.Token);
        process.WaitForExit(); // drains the redirected output
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
        }
    }

    private async Task WaitUntilAnsweringAsync(TimeSpan limit)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("The API process exited: " + string.Join(Environment.NewLine, Output));
            }

            try
            {
                using var _ = await http.GetAsync("/");
                return;
            }
            catch (Exception notYet) when (notYet is HttpRequestException or TaskCanceledException)
            {
                // Refused, or (on a busy machine, with several processes starting at once) accepted but not answered
                // within the attempt's timeout: ask again until the limit.
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("The API process did not answer: " + string.Join(Environment.NewLine, Output));
    }

}
