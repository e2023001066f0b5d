using Booking.Infrastructure.CalCom.Budget;

namespace Booking.Infrastructure.Tests.Budget;

public sealed class InMemoryUpstreamBudgetTests : UpstreamBudgetContractTests
{
    [Test]
    public async Task TryAcquire_KeepsExactCount_WhenItsLogWrapsAroundAndGrows()
    {
        var budget = CreateBudget(permitsPerMinute: 300);
        await AcquireManyAsync(budget, 200);
        Clock.Advance(TimeSpan.FromSeconds(61));
        var wrapped = await AcquireManyAsync(budget, 250);
        Clock.Advance(TimeSpan.FromSeconds(9));
        var grown = await AcquireManyAsync(budget, 50);

        var refused = await budget.TryAcquireAsync(CancellationToken.None);
        await budget.ReturnAsync(wrapped[240]);
        var afterReturn = await budget.TryAcquireAsync(CancellationToken.None);
        var refusedAgain = await budget.TryAcquireAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(wrapped.Concat(grown), Has.All.Matches<UpstreamPermit>(permit => permit.IsGranted));
            Assert.That(refused.IsGranted, Is.False);
            Assert.That(refused.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(51)), "the oldest call that counts was made 9 s ago");
            Assert.That(afterReturn.IsGranted, Is.True);
            Assert.That(refusedAgain.IsGranted, Is.False);
        });
    }

    [Test]
    public async Task Return_OfACallThatLeftTheWindow_GivesNothingBack()
    {
        var budget = CreateBudget(permitsPerMinute: 1);
        var old = await budget.TryAcquireAsync(CancellationToken.None);
        Clock.Advance(TimeSpan.FromMinutes(1));
        await budget.TryAcquireAsync(CancellationToken.None);

        await budget.ReturnAsync(old);

        Assert.That((await budget.TryAcquireAsync(CancellationToken.None)).IsGranted, Is.False);
    }

    [Test]
    public async Task Return_OfAnotherBudgetsPermit_GivesNothingBack()
    {
        var budget = CreateBudget(permitsPerMinute: 1);
        var other = CreateBudget(permitsPerMinute: 1);
        await budget.TryAcquireAsync(CancellationToken.None);
        var foreign = await other.TryAcquireAsync(CancellationToken.None);

        await budget.ReturnAsync(foreign);

        Assert.That((await budget.TryAcquireAsync(CancellationToken.None)).IsGranted, Is.False);
    }

    private static async Task<List<UpstreamPermit>> AcquireManyAsync(IUpstreamBudget budget, int calls)
    {
        var permits = new List<UpstreamPermit>();
        for (var call = 0; call < calls; call++)
        {
            permits.Add(await budget.TryAcquireAsync(CancellationToken.None));
        }

        return permits;
    }

    private protected override IUpstreamBudget CreateBudget(int permitsPerMinute) => new InMemoryUpstreamBudget(permitsPerMinute, Clock);
}
