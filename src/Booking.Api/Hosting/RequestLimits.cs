namespace Booking.Api.Hosting;

public static class RequestLimits
{
    /// <summary>A booking is a few hundred bytes; 64 KiB leaves room for metadata and stops abuse early.</summary>
    public const int MaxBodyBytes = 64 * 1024;
}
