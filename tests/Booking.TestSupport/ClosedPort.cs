namespace Booking.TestSupport;

/// <summary>Loopback addresses nothing listens on, so connecting to them is refused at once.</summary>
public static class ClosedPort
{
    /// <summary>A port on 127.0.0.1 that was just free.</summary>
    public static int Port() => LoopbackPort.Free();

    /// <summary>A Cal.com v2 root on such a port, as configured in <c>CalCom__BaseUrl</c>.</summary>
    public static string V2BaseUrl() => $"http://127.0.0.1:{Port()}/v2";
}
