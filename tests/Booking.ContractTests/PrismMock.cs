using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

using Booking.TestSupport;

namespace Booking.ContractTests;

/// <summary>
/// Runs <c>prism mock</c> on a loopback port as a stand-in for Cal.com: it answers with the spec's examples and
/// rejects (422, with a validator log line) any request that breaks Cal.com's OpenAPI description.
/// </summary>
internal sealed class PrismMock : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    public Uri BaseAddress { get; }

    private PrismMock(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public static async Task<PrismMock> StartAsync(string prism, string spec)
    {
        var port = LoopbackPort.Free();
        var start = new ProcessStartInfo(prism)
        {
            ArgumentList = { "mock", "--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), spec },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("prism did not start");
        var mock = new PrismMock(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, line) => mock.Collect(line.Data);
        process.ErrorDataReceived += (_, line) => mock.Collect(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        await mock.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(90));
        return mock;
    }

    /// <summary>Prism's log lines since the last call, e.g. <c>[VALIDATOR] ✖ error Request body must have …</c>.</summary>
    public IReadOnlyList<string> TakeLog()
    {
        var lines = new List<string>();
        while (output.TryDequeue(out var line))
        {
            lines.Add(line);
        }

        return lines;
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
        if (!string.IsNullOrWhiteSpace(line))
        {
            output.Enqueue(line);
        }
    }

    private async Task WaitUntilListeningAsync(int port, TimeSpan limit)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < limit)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("prism exited: " + string.Join(Environment.NewLine, TakeLog()));
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(250);
            }
        }

        throw new TimeoutException($"prism did not listen on port {port} within {limit.TotalSeconds} s");
    }

}
