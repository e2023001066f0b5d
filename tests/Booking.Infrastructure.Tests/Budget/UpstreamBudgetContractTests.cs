using Booking.Infrastructure.CalCom.Budget;
using Microsoft.Extensions.Time.Testing;

namespace Booking.Infrastructure.Tests.Budget;

/// <summary>What every budget must do, in memory or in Redis: a sliding 60-second window, returns and pauses.</summary>
public abstract class UpstreamBudgetContractTests
{
    protected FakeTimeProvider Clock { get; private set; } = null!;

    [SetUp]
    public void StartClock() => Clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 9, 0, 0, TimeSpan.Zero));

    [Test]
    public async Task TryAcquire_GrantsUpToTheLimitThenRefusesForAWholeWindow()
    {
        var budget = CreateBudget(permitsPerMinute: 3);

        var answers = new List<UpstreamPermit>();
        for (var call = 0; call < 4; call++)
        {
            answers.Add(await budget.TryAcquireAsync(CancellationToken.None));
        }

        Assert.Multiple(() =>
        {
            Assert.That(answers.Select(answer => answer.IsGranted), Is.EqualTo(new[] { true, true, true, false }));
            Assert.That(answers[3].RetryAfter, Is.EqualTo(TimeSpan.FromMinutes(1)));
        });
    }

    [Test]
    public async Task TryAcquire_WhenRefused_SaysWhenTheOldestCallLeavesTheWindow()
    {
        var budget = CreateBudget(permitsPerMinute: 2);
        await AcquireAtAsync(budget, seconds: 0);
        await AcquireAtAsync(budget, seconds: 20);

        var refused = await AcquireAtAsync(budget, seconds: 30);
        var afterTheFirstLeft = await AcquireAtAsync(budget, seconds: 60);
        var refusedAgain = await AcquireAtAsync(budget, seconds: 65);

        Assert.Multiple(() =>
        {
            Assert.That(refused.IsGranted, Is.False);
            Assert.That(refused.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(30)));
            Assert.That(afterTheFirstLeft.IsGranted, Is.True);
            Assert.That(refusedAgain.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(15)));
        });
    }

    [Test]
    public async Task TryAcquire_NeverGrantsMoreThanTheLimitInAnySixtySeconds()
    {
        // A window that restarted at 60 s would grant two more there; Cal.com's window could hold all four.
        var budget = CreateBudget(permitsPerMinute: 2);
        await AcquireAtAsync(budget, seconds: 0);
        await AcquireAtAsync(budget, seconds: 59);

        var first = await AcquireAtAsync(budget, seconds: 61);
        var second = await AcquireAtAsync(budget, seconds: 62);

        Assert.Multiple(() =>
        {
            Assert.That(first.IsGranted, Is.True);
            Assert.That(second.IsGranted, Is.False);
            Assert.That(second.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(57)));
        });
    }

    [Test]
    public async Task Return_GivesTheCallBack()
    {
        var budget = CreateBudget(permitsPerMinute: 1);
        var unsent = await budget.TryAcquireAsync(CancellationToken.None);

        await budget.ReturnAsync(unsent);

        Assert.That((await budget.TryAcquireAsync(CancellationToken.None)).IsGranted, Is.True);
    }

    [Test]
    public async Task Return_GivesBackOnlyThatCall()
    {
        var budget = CreateBudget(permitsPerMinute: 2);
        await budget.TryAcquireAsync(CancellationToken.None);
        var unsent = await budget.TryAcquireAsync(CancellationToken.None);

        await budget.ReturnAsync(unsent);
        await budget.ReturnAsync(unsent);

        Assert.Multiple(async () =>
        {
            Assert.That((await budget.TryAcquireAsync(CancellationToken.None)).IsGranted, Is.True);
            Assert.That((await budget.TryAcquireAsync(CancellationToken.None)).IsGranted, Is.False);
        });
    }

    [Test]
    public async Task Pause_RefusesUntilItEnds_EvenWithCallsLeft()
    {
        var budget = CreateBudget(permitsPerMinute: 100);
        await budget.PauseAsync(TimeSpan.FromSeconds(30));

        var during = await AcquireAtAsync(budget, seconds: 10);
        var after = await AcquireAtAsync(budget, seconds: 30);

        Assert.Multiple(() =>
        {
            Assert.That(during.IsGranted, Is.False);
            Assert.That(during.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(20)));
            Assert.That(after.IsGranted, Is.True);
        });
    }

    [Test]
    public async Task Pause_NeverShortensALongerPause()
    {
        var budget = CreateBudget(permitsPerMinute: 100);
        await budget.PauseAsync(TimeSpan.FromSeconds(30));
        await budget.PauseAsync(TimeSpan.FromSeconds(5));

        var refused = await budget.TryAcquireAsync(CancellationToken.None);

        Assert.That(refused.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(30)));
    }

    [Test]
    public async Task TryAcquire_UnderConcurrency_GrantsExactlyTheLimit()
    {
        var budget = CreateBudget(permitsPerMinute: 20);

        var answers = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => budget.TryAcquireAsync(CancellationToken.None).AsTask()));

        Assert.That(answers.Count(answer => answer.IsGranted), Is.EqualTo(20));
    }

    private protected abstract IUpstreamBudget CreateBudget(int permitsPerMinute);

    private async Task<UpstreamPermit> AcquireAtAsync(IUpstreamBudget budget, int seconds)
    {
        Clock.SetUtcNow(new DateTimeOffset(2030, 1, 1, 9, 0, 0, TimeSpan.Zero).AddSeconds(seconds));
        return await budget.TryAcquireAsync(CancellationToken.None);
    }
}
