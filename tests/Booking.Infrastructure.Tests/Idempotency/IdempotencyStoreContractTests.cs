using System.Text;
using Booking.Application.Common.Idempotency;

namespace Booking.Infrastructure.Tests.Idempotency;

/// <summary>What every idempotency store must do; run against the in-memory store and against a real Redis.</summary>
public abstract class IdempotencyStoreContractTests
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);

    protected abstract IIdempotencyStore Store { get; }

    private static string NewKey() => "client:" + Guid.NewGuid();

    [Test]
    public async Task Claim_OfANewKey_Succeeds()
    {
        var lookup = await Store.ClaimAsync(NewKey(), "fp-1", Long, CancellationToken.None);
        Assert.That(lookup.State, Is.EqualTo(IdempotencyState.Claimed));
    }

    [Test]
    public async Task Claim_OfAKeyInFlight_ReportsInFlightWithItsFingerprint()
    {
        var key = NewKey();
        await Store.ClaimAsync(key, "fp-1", Long, CancellationToken.None);

        var lookup = await Store.ClaimAsync(key, "fp-2", Long, CancellationToken.None);

        Assert.That(lookup.State, Is.EqualTo(IdempotencyState.InFlight));
        Assert.That(lookup.IsSameRequest("fp-1"), Is.True);
        Assert.That(lookup.IsSameRequest("fp-2"), Is.False);
    }

    [Test]
    public async Task Claim_AfterCompletion_ReturnsTheStoredResult()
    {
        var key = NewKey();
        await Store.ClaimAsync(key, "fp-1", Long, CancellationToken.None);
        await Store.CompleteAsync(key, "fp-1", Encoding.UTF8.GetBytes("{\"ok\":true}"), Long, CancellationToken.None);

        var lookup = await Store.ClaimAsync(key, "fp-1", Long, CancellationToken.None);

        Assert.That(lookup.State, Is.EqualTo(IdempotencyState.Completed));
        Assert.That(Encoding.UTF8.GetString(lookup.Result!), Is.EqualTo("{\"ok\":true}"));
        Assert.That(lookup.IsSameRequest("fp-1"), Is.True);
    }

    [Test]
    public async Task Claim_AfterRelease_SucceedsAgain()
    {
        var key = NewKey();
        await Store.ClaimAsync(key, "fp-1", Long, CancellationToken.None);
        await Store.ReleaseAsync(key, CancellationToken.None);

        var lookup = await Store.ClaimAsync(key, "fp-1", Long, CancellationToken.None);

        Assert.That(lookup.State, Is.EqualTo(IdempotencyState.Claimed));
    }

    [Test]
    public async Task Release_NeverRemovesACompletedResult()
    {
        var key = NewKey();
        await Store.ClaimAsync(key, "fp-1", Long, CancellationToken.None);
        await Store.CompleteAsync(key, "fp-1", [1, 2, 3], Long, CancellationToken.None);

        await Store.ReleaseAsync(key, CancellationToken.None);

        Assert.That((await Store.ClaimAsync(key, "fp-1", Long, CancellationToken.None)).State, Is.EqualTo(IdempotencyState.Completed));
    }

    [Test]
    public async Task Claim_UnderConcurrency_IsWonByExactlyOne()
    {
        var key = NewKey();

        var lookups = await Task.WhenAll(Enumerable.Range(0, 50)
            .Select(_ => Task.Run(() => Store.ClaimAsync(key, "fp-1", Long, CancellationToken.None))));

        Assert.That(lookups.Count(l => l.State == IdempotencyState.Claimed), Is.EqualTo(1));
        Assert.That(lookups.Count(l => l.State == IdempotencyState.InFlight), Is.EqualTo(49));
    }
}
