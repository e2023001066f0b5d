using Booking.CalComSandbox.Http;
using Booking.CalComSandbox.Seed;

namespace Booking.CalComSandbox.Scheduling;

internal sealed class SlotService(EventTypeCatalog catalog, BookingStore store, ReservationStore reservations, TimeProvider time)
{
    private const int DefaultReservationMinutes = 5;

    /// <summary>Starts in [<paramref name="from"/>, <paramref name="to"/>] that Cal.com would offer: inside working hours, notice and window, not busy, not held.</summary>
    public IReadOnlyList<DateTimeOffset> AvailableStarts(SeedEventType eventType, DateTimeOffset from, DateTimeOffset to, int durationInMinutes)
    {
        var now = time.GetUtcNow();
        var length = TimeSpan.FromMinutes(durationInMinutes);
        var interval = TimeSpan.FromMinutes(eventType.SlotIntervalMinutes ?? durationInMinutes);
        var busy = store.BlockingBookingsOfHost(catalog.Host.Id, from, to + length).ToList();
        var held = reservations.ActiveOfHost(catalog.Host.Id, now).ToList();
        var candidates = catalog.WorkingHoursOf(eventType)?.CandidateStarts(from, to, length, interval)
            ?? AroundTheClock(from, to, interval);

        return candidates
            .Where(start => start >= from && start <= to)
            .Where(start => !BookingTimeRules.IsInPast(start, now) && !BookingTimeRules.IsOutOfBounds(eventType, start, now))
            .Where(start => !busy.Any(b => b.Overlaps(start, start + length)) && !held.Any(r => r.Overlaps(start, start + length)))
            .ToList();
    }

    public Reservation Reserve(SeedEventType eventType, DateTimeOffset slotStart, int? slotDuration, int? reservationDuration)
    {
        var duration = slotDuration ?? eventType.LengthInMinutes;
        if (slotDuration is not null && !eventType.AllowsLength(duration))
        {
            throw CalComProblemException.BadRequest(
                $"Provided slotDuration={duration} is not one of the possible lengths for the event type with id={eventType.Id}.");
        }

        var now = time.GetUtcNow();
        var slotEnd = slotStart.AddMinutes(duration);
        if (store.HostIsBusy(catalog.Host.Id, slotStart, slotEnd))
        {
            throw new CalComProblemException(422, "Can't reserve a slot if the event is already booked.");
        }

        var minutes = reservationDuration ?? DefaultReservationMinutes;
        var reservation = new Reservation
        {
            Uid = Guid.NewGuid().ToString(),
            EventTypeId = eventType.Id,
            HostId = catalog.Host.Id,
            SlotStart = slotStart,
            SlotEnd = slotEnd,
            ReservationDurationInMinutes = minutes,
            Until = now.AddMinutes(minutes),
        };
        return reservations.TryAdd(reservation, now)
            ? reservation
            : throw new CalComProblemException(
                422, "This time slot is already reserved by another user. Please choose a different time slot.");
    }

    private static IEnumerable<DateTimeOffset> AroundTheClock(DateTimeOffset from, DateTimeOffset to, TimeSpan interval)
    {
        var midnight = new DateTimeOffset(from.UtcDateTime.Date, TimeSpan.Zero);
        var steps = Math.Ceiling((from - midnight) / interval);
        for (var start = midnight + (interval * steps); start <= to; start += interval)
        {
            yield return start;
        }
    }
}
