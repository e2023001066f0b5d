using Booking.TestSupport;

namespace Booking.ContractTests;

/// <summary>
/// Finds Cal.com's OpenAPI file and the Prism CLI; a missing one skips locally and fails in CI (<see cref="RequiredTool"/>).
/// </summary>
internal static class ContractFiles
{
    public static string PrismSpec() => Require(
        Environment.GetEnvironmentVariable("CALCOM_OPENAPI_PRISM") ?? Path.Combine(SharedCalComFolder(), "openapi.prism.json"),
        "Cal.com's OpenAPI file for Prism (openapi.prism.json) was not found beside the repository (../shared/calcom/); "
        + "the README (\"Tests and CI\") says where it comes from, or set CALCOM_OPENAPI_PRISM to its path.");

    public static string PrismExecutable() => RequiredTool.Find(
        "prism",
        Environment.GetEnvironmentVariable("PRISM_PATH"),
        Path.Combine(RepositoryRoot(), ".ci", "tools", "node_modules", ".bin", "prism"));

    private static string Require(string? path, string whyMissing) =>
        path is not null && File.Exists(path) ? path : RequiredTool.Missing(whyMissing);

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
