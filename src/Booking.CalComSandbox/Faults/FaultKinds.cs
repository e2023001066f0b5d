namespace Booking.CalComSandbox.Faults;

internal static class FaultKinds
{
    /// <summary>Answer with the given status, headers and body; the real operation does not run.</summary>
    public const string Status = "status";

    /// <summary>Wait, then handle the request normally.</summary>
    public const string Delay = "delay";

    /// <summary>Close the connection without answering; the real operation does not run.</summary>
    public const string Drop = "drop";

    /// <summary>Run the real operation, then close the connection without answering.</summary>
    public const string LostResponse = "lostResponse";

    /// <summary>Run the real operation, then answer with its status and a truncated, unparseable body.</summary>
    public const string Malformed = "malformed";

    /// <summary>Not a request fault: the next matching webhook delivery is not sent, as when Cal.com never fires one.</summary>
    public const string DropWebhook = "dropWebhook";

    public static readonly IReadOnlyList<string> All = [Status, Delay, Drop, LostResponse, Malformed, DropWebhook];
}
