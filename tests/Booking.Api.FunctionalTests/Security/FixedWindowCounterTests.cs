using Booking.Api.Security;
using Microsoft.Extensions.Time.Testing;

namespace Booking.Api.FunctionalTests.Security;

public sealed class FixedWindowCounterTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero));

    [Test]
    public void TryHit_WhenTheWindowIsFull_RefusesUntilItCloses_AndSaysHowLongThatIs()
    {
        var counter = new FixedWindowCounter(2, TimeSpan.FromMinutes(1), clock);

        Assert.That(counter.TryHit("a", out _, out var first), Is.True);
        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.That(counter.TryHit("a", out _, out var second), Is.True);
        clock.Advance(TimeSpan.FromSeconds(25));
        Assert.That(counter.TryHit("a", out var retryAfter, out _), Is.False);
        Assert.That((first, second), Is.EqualTo((1, 2)));
        Assert.That(retryAfter, Is.EqualTo(TimeSpan.FromSeconds(15)), "the window opened 45 s ago");

        clock.Advance(TimeSpan.FromSeconds(15));
        Assert.That(counter.TryHit("a", out _, out var afterwards), Is.True);
        Assert.That(afterwards, Is.EqualTo(1), "a new window");
    }

    [Test]
    public void Keys_HaveWindowsOfTheirOwn()
    {
        var counter = new FixedWindowCounter(1, TimeSpan.FromMinutes(1), clock);

        Assert.That(counter.TryHit("a", out _, out _), Is.True);
        Assert.That(counter.TryHit("b", out _, out _), Is.True);
        Assert.That(counter.TryHit("a", out _, out _), Is.False);
    }

    [Test]
    public void IsFull_DoesNotCount()
    {
        var counter = new FixedWindowCounter(1, TimeSpan.FromMinutes(1), clock);

        Assert.That(counter.IsFull("a", out _), Is.False);
        Assert.That(counter.IsFull("a", out _), Is.False);
        counter.TryHit("a", out _, out _);
        clock.Advance(TimeSpan.FromSeconds(50));
        Assert.That(counter.IsFull("a", out var retryAfter), Is.True);
        Assert.That(retryAfter, Is.EqualTo(TimeSpan.FromSeconds(10)));
    }
}
