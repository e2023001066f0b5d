using System.Text.RegularExpressions;

namespace Booking.ArchitectureTests;

/// <summary>What a first-time user needs from the README, checked against its text.</summary>
public sealed partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));

    [Test]
    public void CorrelationIds_SaysAnInvalidOneIsReplacedByAGeneratedOne()
    {
        var bullet = Readme[Readme.IndexOf("- `x-correlation-id`", StringComparison.Ordinal)..];
        bullet = bullet[..bullet.IndexOf("\n\n", StringComparison.Ordinal)];

        Assert.That(bullet, Does.Contain("not of that form").And.Contain("replaces it"));
    }

    [Test]
    public void SpectralExample_WritesNothingIntoTheRepository()
    {
        var block = CodeBlocks().Single(block => block.Contains("spectral lint", StringComparison.Ordinal));

        var written = OutputFile().Matches(block).Select(match => match.Groups["file"].Value).ToList();

        Assert.That(written, Is.Not.Empty, block);
        Assert.That(written, Has.All.StartsWith("/tmp/").Or.StartsWith("$"), block);
    }

    [Test]
    public void TestsAndCi_SaysWhereCalComsOpenApiFileComesFrom_AndHowToPointTheChecksAtIt()
    {
        var section = Readme[Readme.IndexOf("## Tests and CI", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];

        Assert.That(section, Does.Contain("github.com/calcom/cal.com").And.Contain("docs/api-reference/v2/openapi.json")
            .And.Contain("6c9ac7636b50c02f658eb3971124532cf7d66ba5").And.Contain("../shared/calcom/")
            .And.Contain("CALCOM_OPENAPI=").And.Contain("CALCOM_OPENAPI_PRISM=").And.Contain(".ci/check-calcom-openapi"));
    }

    private static IEnumerable<string> CodeBlocks() => CodeBlock().Matches(Readme).Select(match => match.Groups["code"].Value);

    [GeneratedRegex("```[a-z]*\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"(?:-o|>)\s+(?<file>\S+)")]
    private static partial Regex OutputFile();

    internal static string RepositoryRoot()
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
