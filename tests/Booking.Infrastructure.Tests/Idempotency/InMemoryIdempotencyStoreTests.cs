using Booking.Application.Common.Idempotency;
using Booking.Infrastructure.Idempotency;
using Microsoft.Extensions.Time.Testing;

namespace Booking.Infrastructure.Tests.Idempotency;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class InMemoryIdempotencyStoreTests : IdempotencyStoreContractTests
{
    private readonly FakeTimeProvider time = new(DateTimeOffset.Parse("2030-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly InMemoryIdempotencyStore store;

    public InMemoryIdempotencyStoreTests() => store = new InMemoryIdempotencyStore(time);

    protected override IIdempotencyStore Store => store;

    [Test]
    public async Task Claim_AfterAClaimTimedOut_Succeeds()
    {
        await store.ClaimAsync("k", "fp-1", TimeSpan.FromMinutes(2), CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(2));

        Assert.That((await store.ClaimAsync("k", "fp-2", TimeSpan.FromMinutes(2), CancellationToken.None)).State,
            Is.EqualTo(IdempotencyState.Claimed));
    }

    [Test]
    public async Task Claim_AfterRetentionEnded_Succeeds()
    {
        await store.ClaimAsync("k", "fp-1", TimeSpan.FromMinutes(2), CancellationToken.None);
        await store.CompleteAsync("k", "fp-1", [1], TimeSpan.FromHours(24), CancellationToken.None);
        time.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));
        Assert.That((await store.ClaimAsync("k", "fp-1", TimeSpan.FromMinutes(2), CancellationToken.None)).State,
            Is.EqualTo(IdempotencyState.Completed));

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.That((await store.ClaimAsync("k", "fp-1", TimeSpan.FromMinutes(2), CancellationToken.None)).State,
            Is.EqualTo(IdempotencyState.Claimed));
    }
}
