using NUnit.Framework;

namespace Booking.TestSupport;

/// <summary>
/// A test that needs an outside program or file (redis-server, prism, Cal.com's OpenAPI file) skips with the reason on a
/// developer machine that lacks it, and fails in CI (<c>CI=true</c>), where it must run. <c>dotnet test</c> shows a
/// skipped test only by name, so the reason is also written to its console, once per reason.
/// </summary>
public static class RequiredTool
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Reported = new(StringComparer.Ordinal);

    public static string Find(string name, params string?[] candidates)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name));
        var found = candidates.Concat(onPath).FirstOrDefault(File.Exists);
        return found ?? Missing($"{name} is not installed (see the README: .ci/run shows how CI installs it).");
    }

    public static string Missing(string why)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(why + " CI must run this test.");
        }

        if (Reported.TryAdd(why, true))
        {
            TestContext.Error.WriteLine($"Skipped: {why}");
        }

        Assert.Ignore(why);
        return null!;
    }
}
