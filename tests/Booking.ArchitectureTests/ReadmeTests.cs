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
