using Booking.Application.Common.Failures;

namespace Booking.Infrastructure.Tests.Support;

public static class FailureAssert
{
    private const string RejectedPrefix = "Cal.com rejected the request: ";

    /// <summary>Asserts that <paramref name="code"/> fails with a <see cref="FailureException"/> of <paramref name="kind"/>, and returns it.</summary>
    public static FailureException ThrowsAsync(FailureKind kind, AsyncTestDelegate code)
    {
        var thrown = Assert.ThrowsAsync<FailureException>(code);
        Assert.That(thrown?.Kind, Is.EqualTo(kind), thrown?.Message);
        return thrown!;
    }

    /// <summary>
    /// Asserts that <paramref name="code"/> fails because Cal.com refused the request as invalid (an invalid <c>body</c>),
    /// and returns Cal.com's reason.
    /// </summary>
    public static string RejectedByCalComAsync(AsyncTestDelegate code) => RejectedReason(ThrowsAsync(FailureKind.InvalidRequest, code));

    /// <summary>Cal.com's reason in a failure that reports Cal.com's refusal of the request.</summary>
    public static string RejectedReason(FailureException failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var error = failure.Errors.Single();
        Assert.That(error.Field, Is.EqualTo("body"));
        Assert.That(error.Message, Does.StartWith(RejectedPrefix));
        return error.Message[RejectedPrefix.Length..];
    }
}
