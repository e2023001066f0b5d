using Booking.Domain.Common;

namespace Booking.Domain.UnitTests.Common;

public sealed class ParsedTests
{
    [Test]
    public void Valid_HasTheValueAndNoErrors()
    {
        Parsed<int> parsed = 42;
        Assert.Multiple(() =>
        {
            Assert.That(parsed.IsValid, Is.True);
            Assert.That(parsed.Value, Is.EqualTo(42));
            Assert.That(parsed.Errors, Is.Empty);
        });
    }

    [Test]
    public void Invalid_RefusesToGiveAValue()
    {
        var parsed = Parsed<int>.Invalid("count", "count is required.");
        Assert.Multiple(() =>
        {
            Assert.That(parsed.IsValid, Is.False);
            Assert.That(() => parsed.Value, Throws.InvalidOperationException.With.Message.Contains("count is required."));
        });
    }

    [Test]
    public void Invalid_WithoutErrors_Throws() =>
        Assert.That(() => Parsed<int>.Invalid([]), Throws.ArgumentException);
}
