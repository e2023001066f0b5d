using System.Net.Sockets;

namespace Booking.Infrastructure.Tests.Support;

/// <summary>
/// A primary handler whose first connects fail with <paramref name="error"/> before anything is sent, the way an
/// unreachable Cal.com fails (refused, DNS), and then connect for real.
/// </summary>
public sealed class FailingConnects(int failures, SocketError error)
{
    private int attempts;

    public int Attempts => Volatile.Read(ref attempts);

    public SocketsHttpHandler CreateHandler() => new() { ConnectCallback = ConnectAsync };

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref attempts) <= failures)
        {
            throw new SocketException((int)error);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
