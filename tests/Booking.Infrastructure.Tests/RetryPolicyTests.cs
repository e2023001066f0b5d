using System.Net;
using System.Net.Sockets;
using Booking.Infrastructure.CalCom.Http;
using Polly;
using Polly.Timeout;

namespace Booking.Infrastructure.Tests;

/// <summary>The retry decision of <see cref="CalComResilience"/>, outcome by outcome (ADR 7).</summary>
public sealed class RetryPolicyTests
{
    private static readonly TimeSpan Threshold = TimeSpan.FromSeconds(2);

    [TestCase("GET", 500, true)]
    [TestCase("GET", 503, true)]
    [TestCase("GET", 408, true)]
    [TestCase("GET", 404, false)]
    [TestCase("POST", 500, false)]
    [TestCase("POST", 503, false)]
    [TestCase("POST", 408, false)]
    public void ShouldRetry_AStatus_OnlyForReads(string method, int status, bool expected)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        Assert.That(ShouldRetry(method, Outcome.FromResult(response)), Is.EqualTo(expected));
    }

    [TestCase("GET", true)]
    [TestCase("POST", false)]
    public void ShouldRetry_AFailureAfterSending_OnlyForReads(string method, bool expected)
    {
        Assert.Multiple(() =>
        {
            Assert.That(ShouldRetry(method, Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException())), Is.EqualTo(expected));
            Assert.That(ShouldRetry(method, Outcome.FromException<HttpResponseMessage>(
                new HttpRequestException(HttpRequestError.ResponseEnded, "ended"))), Is.EqualTo(expected));
        });
    }

    [TestCase("GET")]
    [TestCase("POST")]
    public void ShouldRetry_ARefusedConnection_ForEveryMethod(string method) =>
        Assert.That(ShouldRetry(method, Outcome.FromException<HttpResponseMessage>(
            new HttpRequestException(HttpRequestError.ConnectionError, "refused", new SocketException((int)SocketError.ConnectionRefused)))), Is.True);

    [TestCase("POST", "0", true)]
    [TestCase("POST", "2", true)]
    [TestCase("POST", "3", false)]
    [TestCase("GET", "2", true)]
    [TestCase("GET", "60", false)]
    [TestCase("GET", null, false)]
    public void ShouldRetry_A429_OnlyWhenItResetsWithinTheThreshold(string method, string? reset, bool expected)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        if (reset is not null)
        {
            response.Headers.Add("X-RateLimit-Reset-Default", reset);
        }

        Assert.That(ShouldRetry(method, Outcome.FromResult(response)), Is.EqualTo(expected));
    }

    private static bool ShouldRetry(string method, Outcome<HttpResponseMessage> outcome)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "http://127.0.0.1/v2/bookings");
        var context = ResilienceContextPool.Shared.Get();
        try
        {
            context.SetRequestMessage(request);
            return CalComResilience.ShouldRetry(outcome, context, Threshold);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
