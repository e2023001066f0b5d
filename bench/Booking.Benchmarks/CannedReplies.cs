using System.Reflection;

namespace Booking.Benchmarks;

/// <summary>Cal.com's replies as the sandbox sends them (compact JSON), embedded in this assembly.</summary>
public static class CannedReplies
{
    public static byte[] BookingCreated { get; } = Read("booking-created.json");

    public static byte[] EventType { get; } = Read("event-type.json");

    private static byte[] Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CannedReplies." + name)
            ?? throw new InvalidOperationException($"Embedded reply {name} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
