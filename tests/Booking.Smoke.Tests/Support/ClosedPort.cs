using System.Net;
using System.Net.Sockets;

namespace Booking.Smoke.Tests.Support;

public static class ClosedPort
{
    /// <summary>A loopback port nothing listens on.</summary>
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
