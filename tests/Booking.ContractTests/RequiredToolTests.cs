using Booking.TestSupport;

namespace Booking.ContractTests;

public sealed class RequiredToolTests
{
    [Test]
    public void Missing_OffCi_SkipsAndWritesTheReasonToTheConsole()
    {
        var reason = $"tool-{Guid.NewGuid():N} is not installed.";
        var ci = Environment.GetEnvironmentVariable("CI");
        var console = TestContext.Error;
        using var captured = new StringWriter();
        Environment.SetEnvironmentVariable("CI", null);
        TestContext.Error = captured;
        try
        {
            Assert.Throws<IgnoreException>(() => RequiredTool.Missing(reason));
            Assert.Throws<IgnoreException>(() => RequiredTool.Missing(reason));
        }
        finally
        {
            TestContext.Error = console;
            Environment.SetEnvironmentVariable("CI", ci);
        }

        Assert.That(captured.ToString(), Is.EqualTo($"Skipped: {reason}{Environment.NewLine}"), "once per reason");
    }
}
