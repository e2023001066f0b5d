using System.Diagnostics;

namespace Booking.ContractTests;

/// <summary><c>.ci/check-calcom-openapi</c>, which tells a first-time user in one line where Cal.com's OpenAPI file comes from.</summary>
public sealed class CalComOpenApiCheckTests
{
    private static async Task<(int ExitCode, string[] Lines)> RunAsync(string openapi, string prism)
    {
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { Path.Combine(ContractFiles.RepositoryRoot(), ".ci", "check-calcom-openapi") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["CALCOM_OPENAPI"] = openapi;
        start.Environment["CALCOM_OPENAPI_PRISM"] = prism;
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, (output + errors).Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Test]
    public async Task WhenTheFileIsMissing_SaysInOneLineWhereItComesFromAndHowToPointAtIt()
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "openapi.json");

        var (exitCode, lines) = await RunAsync(missing, missing);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(lines, Has.Length.EqualTo(1));
        Assert.That(lines[0], Does.Contain(missing)
            .And.Contain("docs/api-reference/v2/openapi.json").And.Contain("6c9ac7636b50c02f658eb3971124532cf7d66ba5")
            .And.Contain("CALCOM_OPENAPI ").And.Contain("CALCOM_OPENAPI_PRISM").And.Contain("README"));
    }

    [Test]
    public async Task WhenBothFilesAreThere_SaysNothing()
    {
        var file = Path.GetTempFileName();
        try
        {
            var (exitCode, lines) = await RunAsync(file, file);

            Assert.That(exitCode, Is.Zero);
            Assert.That(lines, Is.Empty);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
