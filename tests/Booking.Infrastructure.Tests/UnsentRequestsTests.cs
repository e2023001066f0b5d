using System.Net.Sockets;
using Booking.Infrastructure.CalCom;

namespace Booking.Infrastructure.Tests;

/// <summary>Which failures prove that Cal.com never saw the request (the shapes SocketsHttpHandler produces).</summary>
public sealed class UnsentRequestsTests
{
    private static IEnumerable<TestCaseData> NeverSent()
    {
        yield return Connecting(HttpRequestError.ConnectionError, SocketError.ConnectionRefused).SetArgDisplayNames("connection refused");
        yield return Connecting(HttpRequestError.NameResolutionError, SocketError.HostNotFound).SetArgDisplayNames("unknown host");
        yield return Connecting(HttpRequestError.NameResolutionError, SocketError.TryAgain).SetArgDisplayNames("DNS not answering");
        yield return Connecting(HttpRequestError.NameResolutionError, SocketError.NoData).SetArgDisplayNames("no address for the name");
        yield return Connecting(HttpRequestError.ConnectionError, SocketError.HostUnreachable).SetArgDisplayNames("no route to host");
        yield return Connecting(HttpRequestError.ConnectionError, SocketError.NetworkUnreachable).SetArgDisplayNames("network unreachable");
    }

    private static IEnumerable<TestCaseData> MaybeSent()
    {
        yield return new TestCaseData(new HttpRequestException(HttpRequestError.ResponseEnded, "ended", new HttpIOException(HttpRequestError.ResponseEnded)))
            .SetArgDisplayNames("dropped after sending");
        yield return Connecting(HttpRequestError.ConnectionError, SocketError.ConnectionReset).SetArgDisplayNames("reset");
        yield return Connecting(HttpRequestError.ConnectionError, SocketError.TimedOut).SetArgDisplayNames("timed out");
        yield return Connecting(HttpRequestError.Unknown, SocketError.ConnectionRefused).SetArgDisplayNames("refused, phase unknown");
        yield return new TestCaseData(new HttpRequestException(HttpRequestError.ConnectionError, "no socket error")).SetArgDisplayNames("connection error without a cause");
        yield return new TestCaseData(new SocketException((int)SocketError.ConnectionRefused)).SetArgDisplayNames("bare socket error");
        yield return new TestCaseData(new IOException("broken pipe")).SetArgDisplayNames("io");
        yield return new TestCaseData(new TaskCanceledException()).SetArgDisplayNames("timeout");
        yield return new TestCaseData(null).SetArgDisplayNames("no failure");
    }

    [TestCaseSource(nameof(NeverSent))]
    public void IsProvablyUnsent_WhenTheConnectionNeverOpened_IsTrue(Exception failure) =>
        Assert.That(UnsentRequests.IsProvablyUnsent(failure), Is.True);

    [TestCaseSource(nameof(MaybeSent))]
    public void IsProvablyUnsent_WhenTheRequestMayHaveLeft_IsFalse(Exception? failure) =>
        Assert.That(UnsentRequests.IsProvablyUnsent(failure), Is.False);

    private static TestCaseData Connecting(HttpRequestError error, SocketError socketError) =>
        new(new HttpRequestException(error, "connect failed", new SocketException((int)socketError)));
}
