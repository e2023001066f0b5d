using System.Net.Sockets;
using Booking.Application.Common.Failures;
using Booking.Infrastructure.CalCom;
using Polly.CircuitBreaker;

namespace Booking.Infrastructure.Tests;

/// <summary>Which booking POST failures leave open whether Cal.com booked, and so start a reconciliation (ADR 7).</summary>
public sealed class AmbiguousOutcomeTests
{
    private static IEnumerable<TestCaseData> Outcomes()
    {
        yield return new TestCaseData(new FailureException(FailureKind.CalComTimedOut, "slow"), true).SetArgDisplayNames("timeout");
        yield return new TestCaseData(new FailureException(FailureKind.CalComFailed, "500"), true).SetArgDisplayNames("5xx or unreadable reply");
        yield return new TestCaseData(Unreachable(new HttpRequestException(HttpRequestError.ResponseEnded, "ended")), true).SetArgDisplayNames("dropped after sending");
        yield return new TestCaseData(Unreachable(new IOException("reset")), true).SetArgDisplayNames("reset while reading");
        yield return new TestCaseData(Unreachable(new HttpRequestException(HttpRequestError.ConnectionError, "refused", new SocketException((int)SocketError.ConnectionRefused))), false)
            .SetArgDisplayNames("connection refused");
        yield return new TestCaseData(Unreachable(new BrokenCircuitException()), false).SetArgDisplayNames("circuit open");
        yield return new TestCaseData(Unreachable(new IsolatedCircuitException("isolated")), false).SetArgDisplayNames("circuit isolated");
        yield return new TestCaseData(new FailureException(FailureKind.SlotUnavailable, "taken"), false).SetArgDisplayNames("slot taken");
        yield return new TestCaseData(new FailureException(FailureKind.RateLimited, "spent") { RetryAfter = TimeSpan.FromSeconds(30) }, false).SetArgDisplayNames("rate limited");
        yield return new TestCaseData(FailureException.Invalid("body", "Cal.com rejected the request: bad"), false).SetArgDisplayNames("rejected");
        yield return new TestCaseData(new OperationCanceledException(), false).SetArgDisplayNames("caller cancelled");
    }

    [TestCaseSource(nameof(Outcomes))]
    public void IsAmbiguous_ClassifiesTheFailure(Exception failure, bool expected) =>
        Assert.That(CalComGateway.IsAmbiguous(failure), Is.EqualTo(expected));

    private static FailureException Unreachable(Exception cause) => new(FailureKind.CalComUnreachable, "unreachable", cause);
}
