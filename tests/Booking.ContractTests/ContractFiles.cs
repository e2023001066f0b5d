namespace Booking.ContractTests;

/// <summary>
/// Finds Cal.com's OpenAPI file and the Prism CLI. Locally a missing one skips the test with the reason; in CI
/// (<c>CI=true</c>) it fails, because there the contract checks must run.
/// </summary>
internal static class ContractFiles
{
    public static string PrismSpec() => Require(
        Environment.GetEnvironmentVariable("CALCOM_OPENAPI_PRISM") ?? Path.Combine(SharedCalComFolder(), "openapi.prism.json"),
        "Cal.com's openapi.prism.json was not found; set CALCOM_OPENAPI_PRISM to its path.");

    public static string PrismExecutable()
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("PRISM_PATH"),
            Path.Combine(RepositoryRoot(), ".ci", "tools", "node_modules", ".bin", "prism"),
        }.Concat((Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "prism")));

        return Require(candidates.FirstOrDefault(File.Exists),
            "Prism is not installed; run `npm install --prefix .ci/tools @stoplight/prism-cli@5.16.0` or set PRISM_PATH.");
    }

    private static string Require(string? path, string whyMissing)
    {
        if (path is not null && File.Exists(path))
        {
            return path;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(whyMissing + " CI must run the contract checks.");
        }

        Assert.Ignore(whyMissing);
        return null!;
    }

    private static string SharedCalComFolder() => Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "calcom"));

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Booking.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Booking.sln not found above " + AppContext.BaseDirectory);
    }
}
