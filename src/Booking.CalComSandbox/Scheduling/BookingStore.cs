using System.Collections.Concurrent;

namespace Booking.CalComSandbox.Scheduling;

/// <summary>
/// Bookings in memory. Reads never lock: the busy index is bucketed by host and UTC start day, so an overlap check
/// only looks at two buckets however many bookings exist.
/// </summary>
internal sealed class BookingStore
{
    private readonly ConcurrentDictionary<string, StoredBooking> _byUid = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(int HostId, DateOnly Day), ConcurrentDictionary<string, StoredBooking>> _blockingByHostDay = new();
    private readonly ConcurrentDictionary<HostSlotKey, string> _claims = new();
    private int _lastId = 1000;

    public int Count => _byUid.Count;

    // Enumerating the dictionary itself takes no locks; its Values property would lock and copy.
    public IEnumerable<StoredBooking> All => _byUid.Select(entry => entry.Value);

    public int NextId() => Interlocked.Increment(ref _lastId);

    public StoredBooking? Find(string uid) => _byUid.GetValueOrDefault(uid);

    public IEnumerable<StoredBooking> BlockingBookingsOfHost(int hostId, DateTimeOffset from, DateTimeOffset to)
    {
        // No booking is longer than a day (the seed loader enforces it), so one day back catches every overlap.
        for (var day = DayOf(from).AddDays(-1); day <= DayOf(to); day = day.AddDays(1))
        {
            if (!_blockingByHostDay.TryGetValue((hostId, day), out var bucket))
            {
                continue;
            }

            foreach (var (_, booking) in bucket)
            {
                if (booking.Overlaps(from, to))
                {
                    yield return booking;
                }
            }
        }
    }

    public bool HostIsBusy(int hostId, DateTimeOffset start, DateTimeOffset end, string? ignoredUid = null) =>
        BlockingBookingsOfHost(hostId, start, end).Any(b => b.Uid != ignoredUid);

    public StoredBooking? FindPendingBookingOfAttendee(int hostId, int eventTypeId, DateTimeOffset start, string? email, string? phoneNumber) =>
        BlockingBookingsOfHost(hostId, start, start.AddTicks(1)).FirstOrDefault(b =>
            b.Status == BookingStatuses.Pending && b.EventType.Id == eventTypeId && b.Start == start && b.HasAttendee(email, phoneNumber));

    /// <summary>Atomically takes the host's slot; <paramref name="takeOverFromUid"/> lets a reschedule keep its own slot.</summary>
    public bool TryClaim(HostSlotKey key, string uid, string? takeOverFromUid = null) =>
        _claims.TryAdd(key, uid) || (takeOverFromUid is not null && _claims.TryUpdate(key, uid, takeOverFromUid));

    public void ReleaseClaim(HostSlotKey key, string uid) => _claims.TryRemove(KeyValuePair.Create(key, uid));

    public void Add(StoredBooking booking)
    {
        _byUid[booking.Uid] = booking;
        if (booking.BlocksHost)
        {
            BucketOf(booking)[booking.Uid] = booking;
        }
    }

    /// <summary>Compare-and-swap: fails when someone else changed the booking since <paramref name="current"/> was read.</summary>
    public bool TryReplace(StoredBooking current, StoredBooking updated)
    {
        if (!_byUid.TryUpdate(current.Uid, updated, current))
        {
            return false;
        }

        var bucket = BucketOf(current);
        if (updated.BlocksHost)
        {
            bucket[updated.Uid] = updated;
        }
        else
        {
            bucket.TryRemove(current.Uid, out _);
            ReleaseClaim(new HostSlotKey(current.Host.Id, current.Start), current.Uid);
        }

        return true;
    }

    public void Clear()
    {
        _byUid.Clear();
        _blockingByHostDay.Clear();
        _claims.Clear();
    }

    private ConcurrentDictionary<string, StoredBooking> BucketOf(StoredBooking booking) =>
        _blockingByHostDay.GetOrAdd((booking.Host.Id, DayOf(booking.Start)), static _ => new(StringComparer.Ordinal));

    private static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.UtcDateTime);
}
