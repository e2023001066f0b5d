using System.Globalization;
using Booking.CalComSandbox.Seed;

namespace Booking.CalComSandbox.Scheduling;

/// <summary>An event type's schedule resolved to time zone rules and per-weekday local windows.</summary>
internal sealed class WorkingHours
{
    private static readonly TimeSpan EndOfDay = TimeSpan.FromDays(1);

    private readonly TimeZoneInfo _zone;
    private readonly ILookup<DayOfWeek, (TimeSpan Start, TimeSpan End)> _windows;

    private WorkingHours(SeedSchedule schedule)
    {
        _zone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone);
        _windows = schedule.Availability
            .SelectMany(a => a.Days.Select(day => (Day: day, Window: (ParseTime(a.StartTime), ParseTime(a.EndTime)))))
            .ToLookup(x => x.Day, x => x.Window);
    }

    public static WorkingHours? For(SeedEventType eventType) =>
        eventType.Schedule is { } schedule ? new WorkingHours(schedule) : null;

    public bool Covers(DateTimeOffset start, DateTimeOffset end)
    {
        var localStart = TimeZoneInfo.ConvertTime(start, _zone);
        var localEnd = TimeZoneInfo.ConvertTime(end, _zone);
        var startOffset = localStart.TimeOfDay;
        var endOffset = localEnd.Date == localStart.Date ? localEnd.TimeOfDay
            : localEnd.Date == localStart.Date.AddDays(1) && localEnd.TimeOfDay == TimeSpan.Zero ? EndOfDay
            : TimeSpan.MinValue;
        return _windows[localStart.DayOfWeek].Any(w => w.Start <= startOffset && endOffset <= w.End && endOffset > startOffset);
    }

    /// <summary>Every instant at which a slot of <paramref name="length"/> could start, stepping by <paramref name="interval"/> from each window's start.</summary>
    public IEnumerable<DateTimeOffset> CandidateStarts(DateTimeOffset from, DateTimeOffset to, TimeSpan length, TimeSpan interval)
    {
        var firstDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, _zone).Date).AddDays(-1);
        var lastDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(to, _zone).Date);
        for (var day = firstDay; day <= lastDay; day = day.AddDays(1))
        {
            foreach (var window in _windows[day.DayOfWeek].OrderBy(w => w.Start))
            {
                for (var offset = window.Start; offset + length <= window.End; offset += interval)
                {
                    var local = day.ToDateTime(TimeOnly.MinValue).Add(offset);
                    if (_zone.IsInvalidTime(local))
                    {
                        continue;
                    }

                    yield return new DateTimeOffset(local, _zone.GetUtcOffset(local)).ToUniversalTime();
                }
            }
        }
    }

    private static TimeSpan ParseTime(string value) =>
        value == "24:00" ? EndOfDay : TimeOnly.ParseExact(value, "HH:mm", CultureInfo.InvariantCulture).ToTimeSpan();
}
