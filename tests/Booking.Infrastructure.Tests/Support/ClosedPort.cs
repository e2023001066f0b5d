using System.Net;
using System.Net.Sockets;

namespace Booking.Infrastructure.Tests.Support;

public static class ClosedPort
{
    /// <summary>A loopback URL nothing listens on: the port was just free, so connecting is refused.</summary>
    public static string V2BaseUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/v2";
    }
}
