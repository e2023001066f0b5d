using System.Collections.Concurrent;

namespace Booking.CalComSandbox.Scheduling;

internal sealed class ReservationStore
{
    private readonly ConcurrentDictionary<string, Reservation> _byUid = new(StringComparer.Ordinal);
    private readonly Lock _addLock = new();

    public IEnumerable<Reservation> ActiveOfHost(int hostId, DateTimeOffset now) =>
        _byUid.Select(entry => entry.Value).Where(r => r.HostId == hostId && r.IsActiveAt(now));

    /// <summary>Adds the hold unless an active hold of the same event type overlaps it; check and add are one step.</summary>
    public bool TryAdd(Reservation reservation, DateTimeOffset now)
    {
        lock (_addLock)
        {
            foreach (var expired in _byUid.Values.Where(r => !r.IsActiveAt(now)))
            {
                _byUid.TryRemove(expired.Uid, out _);
            }

            var taken = _byUid.Values.Any(r =>
                r.EventTypeId == reservation.EventTypeId && r.Overlaps(reservation.SlotStart, reservation.SlotEnd));
            return !taken && _byUid.TryAdd(reservation.Uid, reservation);
        }
    }

    public void Clear() => _byUid.Clear();
}
