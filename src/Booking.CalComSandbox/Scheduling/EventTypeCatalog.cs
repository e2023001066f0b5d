using System.Collections.Frozen;
using Booking.CalComSandbox.Seed;

namespace Booking.CalComSandbox.Scheduling;

internal sealed class EventTypeCatalog(SeedDocument seed)
{
    private readonly FrozenDictionary<int, SeedEventType> _byId = seed.EventTypes.ToFrozenDictionary(e => e.Id);
    private readonly FrozenDictionary<int, WorkingHours?> _workingHours =
        seed.EventTypes.ToFrozenDictionary(e => e.Id, WorkingHours.For);

    public SeedHost Host { get; } = seed.Host;

    public IEnumerable<SeedEventType> All => seed.EventTypes;

    public SeedEventType? Find(int id) => _byId.GetValueOrDefault(id);

    /// <summary><c>null</c> when the event type is bookable around the clock.</summary>
    public WorkingHours? WorkingHoursOf(SeedEventType eventType) => _workingHours.GetValueOrDefault(eventType.Id);

    public SeedEventType? FindBySlug(string slug, string username) =>
        string.Equals(username, Host.Username, StringComparison.OrdinalIgnoreCase)
            ? seed.EventTypes.FirstOrDefault(e => string.Equals(e.Slug, slug, StringComparison.OrdinalIgnoreCase))
            : null;
}
