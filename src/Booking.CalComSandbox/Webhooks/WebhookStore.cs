namespace Booking.CalComSandbox.Webhooks;

/// <summary>
/// Webhooks in memory, in creation order (what Cal.com's unordered <c>findMany</c> returns in practice). Like Cal.com's
/// unique index <c>(userId, subscriberUrl)</c>, one owner cannot have two webhooks with the same URL.
/// </summary>
internal sealed class WebhookStore
{
    private readonly Lock _lock = new();
    private readonly List<StoredWebhook> _rows = [];

    /// <returns><c>false</c> when the owner already has a webhook with that URL.</returns>
    public bool TryAdd(StoredWebhook webhook)
    {
        lock (_lock)
        {
            if (_rows.Exists(row => IsSameUrlOfOwner(row, webhook)))
            {
                return false;
            }

            _rows.Add(webhook);
            return true;
        }
    }

    public bool HasUrlOfUser(int userId, string subscriberUrl)
    {
        lock (_lock)
        {
            return _rows.Exists(row => row.UserId == userId && string.Equals(row.SubscriberUrl, subscriberUrl, StringComparison.Ordinal));
        }
    }

    public StoredWebhook? Find(string id)
    {
        lock (_lock)
        {
            return _rows.Find(row => row.Id == id);
        }
    }

    public IReadOnlyList<StoredWebhook> PageOfUser(int userId, int skip, int take)
    {
        lock (_lock)
        {
            return [.. _rows.Where(row => row.UserId == userId).Skip(skip).Take(take)];
        }
    }

    public (WebhookChange Outcome, StoredWebhook? Row) TryUpdate(string id, Func<StoredWebhook, StoredWebhook> change)
    {
        lock (_lock)
        {
            var index = _rows.FindIndex(row => row.Id == id);
            if (index < 0)
            {
                return (WebhookChange.NotFound, null);
            }

            var updated = change(_rows[index]);
            if (_rows.Exists(row => row.Id != id && IsSameUrlOfOwner(row, updated)))
            {
                return (WebhookChange.UrlTaken, null);
            }

            _rows[index] = updated;
            return (WebhookChange.Done, updated);
        }
    }

    public StoredWebhook? Remove(string id)
    {
        lock (_lock)
        {
            var index = _rows.FindIndex(row => row.Id == id);
            if (index < 0)
            {
                return null;
            }

            var removed = _rows[index];
            _rows.RemoveAt(index);
            return removed;
        }
    }

    /// <summary>Every active webhook subscribed to <paramref name="trigger"/>; each gets its own delivery.</summary>
    public IReadOnlyList<StoredWebhook> SubscribersOf(string trigger)
    {
        lock (_lock)
        {
            return [.. _rows.Where(row => row.Subscribes(trigger))];
        }
    }

    private static bool IsSameUrlOfOwner(StoredWebhook a, StoredWebhook b) =>
        a.UserId == b.UserId && string.Equals(a.SubscriberUrl, b.SubscriberUrl, StringComparison.Ordinal);
}
