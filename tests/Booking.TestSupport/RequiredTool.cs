using NUnit.Framework;

namespace Booking.TestSupport;

/// <summary>
/// A test that needs an outside program (redis-server, prism) skips with the reason on a developer machine that lacks
/// it, and fails in CI (<c>CI=true</c>), where it must run.
/// </summary>
public static class RequiredTool
{
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

        Assert.Ignore(why);
        return null!;
    }
}
