using System.Net.Sockets;
using System.Text.Json;
using Booking.Application.Common.Failures;
using Booking.Infrastructure.CalCom;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Booking.Infrastructure.Tests;

/// <summary>Failures the stub server cannot easily produce, such as an open circuit.</summary>
public sealed class CalComTransportFailuresTests
{
    private static IEnumerable<TestCaseData> Failures()
    {
        yield return new TestCaseData(new BrokenCircuitException(), FailureKind.CalComUnreachable).SetArgDisplayNames("circuit open");
        yield return new TestCaseData(new IsolatedCircuitException("isolated"), FailureKind.CalComUnreachable).SetArgDisplayNames("circuit isolated");
        yield return new TestCaseData(new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused)), FailureKind.CalComUnreachable).SetArgDisplayNames("connection refused");
        yield return new TestCaseData(new IOException("reset while reading"), FailureKind.CalComUnreachable).SetArgDisplayNames("dropped while reading");
        yield return new TestCaseData(new TimeoutRejectedException(), FailureKind.CalComTimedOut).SetArgDisplayNames("pipeline timeout");
        yield return new TestCaseData(new TaskCanceledException(), FailureKind.CalComTimedOut).SetArgDisplayNames("read deadline");
        yield return new TestCaseData(new JsonException(), FailureKind.CalComFailed).SetArgDisplayNames("unreadable json");
    }

    [TestCaseSource(nameof(Failures))]
    public void Translate_MapsTransportFailures(Exception failure, FailureKind expected)
    {
        var translated = CalComTransportFailures.Translate(failure, CalComOperation.CreateBooking, CancellationToken.None);

        Assert.That(translated?.Kind, Is.EqualTo(expected));
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
        Assert.That(CalComTransportFailures.Translate(new FailureException(FailureKind.SlotUnavailable, "taken"), CalComOperation.CreateBooking, CancellationToken.None), Is.Null);
}
