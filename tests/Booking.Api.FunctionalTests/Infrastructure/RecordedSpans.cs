using System.Collections.ObjectModel;
using System.Diagnostics;

namespace Booking.Api.FunctionalTests.Infrastructure;

/// <summary>Spans handed to the in-memory exporter; the API and its sandbox end spans on different threads.</summary>
public sealed class RecordedSpans : Collection<Activity>
{
    private readonly Lock sync = new();

    protected override void InsertItem(int index, Activity item)
    {
        lock (sync)
        {
            base.InsertItem(index, item);
        }
    }

    public IReadOnlyList<Activity> Snapshot()
    {
        lock (sync)
        {
            return Items.ToList();
        }
    }
}
