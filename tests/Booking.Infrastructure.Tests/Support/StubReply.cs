namespace Booking.Infrastructure.Tests.Support;

/// <summary>One scripted answer of <see cref="CalComStubServer"/>.</summary>
public sealed record StubReply
{
    public int StatusCode { get; init; } = 200;

    public string? Body { get; init; }

    public string ContentType { get; init; } = "application/json; charset=utf-8";

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Wait before answering at all.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Send the status and headers at once, then wait this long before the body.</summary>
    public TimeSpan BodyDelay { get; init; }

    /// <summary>Drop the connection instead of answering.</summary>
    public bool AbortConnection { get; init; }

    public static StubReply Json(int statusCode, string body) => new() { StatusCode = statusCode, Body = body };

    public static StubReply Text(int statusCode, string body) =>
        new() { StatusCode = statusCode, Body = body, ContentType = "text/html" };

    public static StubReply Abort() => new() { AbortConnection = true };

    public StubReply WithHeader(string name, string value) =>
        this with { Headers = new Dictionary<string, string>(Headers) { [name] = value } };
}
