using System.Net.Sockets;
using System.Text.Json;
using Booking.Application.Common.Exceptions;
using Booking.Infrastructure.CalCom;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Booking.Infrastructure.Tests;

/// <summary>Failures the stub server cannot easily produce, such as an open circuit.</summary>
public sealed class CalComTransportFailuresTests
{
    private static IEnumerable<TestCaseData> Failures()
    {
        yield return new TestCaseData(new BrokenCircuitException(), typeof(CalComUnavailableException)).SetArgDisplayNames("circuit open");
        yield return new TestCaseData(new IsolatedCircuitException("isolated"), typeof(CalComUnavailableException)).SetArgDisplayNames("circuit isolated");
        yield return new TestCaseData(new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused)), typeof(CalComUnavailableException)).SetArgDisplayNames("connection refused");
        yield return new TestCaseData(new IOException("reset while reading"), typeof(CalComUnavailableException)).SetArgDisplayNames("dropped while reading");
        yield return new TestCaseData(new TimeoutRejectedException(), typeof(CalComTimeoutException)).SetArgDisplayNames("pipeline timeout");
        yield return new TestCaseData(new TaskCanceledException(), typeof(CalComTimeoutException)).SetArgDisplayNames("read deadline");
        yield return new TestCaseData(new JsonException(), typeof(CalComUpstreamException)).SetArgDisplayNames("unreadable json");
    }

    [TestCaseSource(nameof(Failures))]
    public void Translate_MapsTransportFailures(Exception failure, Type expected)
    {
        var translated = CalComTransportFailures.Translate(failure, CalComOperation.CreateBooking, CancellationToken.None);

        Assert.That(translated, Is.TypeOf(expected));
        Assert.That(translated!.InnerException, Is.SameAs(failure));
    }

    [Test]
    public void Translate_WhenTheCallerCancelled_LetsCancellationThrough()
    {
        var translated = CalComTransportFailures.Translate(new TaskCanceledException(), CalComOperation.CreateBooking, new CancellationToken(canceled: true));

        Assert.That(translated, Is.Null);
    }

    [Test]
    public void Translate_LeavesApplicationExceptionsAlone() =>
        Assert.That(CalComTransportFailures.Translate(new SlotUnavailableException("taken"), CalComOperation.CreateBooking, CancellationToken.None), Is.Null);
}
