using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Booking.Smoke.Tests;

/// <summary>The smoke tool as its own process with its output redirected, as in a CI log or a pipe.</summary>
public sealed class SmokeProgramOutputTests
{
    private const string LongDescription =
        "Cal.com answered HTTP 404, which is what its base URL answers when it is up; this sentence is longer than eighty columns.";

    [Test]
    public async Task RedirectedOutput_IsOnePlainLinePerStep_WithoutSpinnerColoursOrWrapping()
    {
        await using var api = await StartStubApiAsync();

        var (exitCode, lines) = await RunSmokeAsync(api.Urls.Single());

        Assert.That(exitCode, Is.Zero, string.Join('\n', lines));
        Assert.That(lines, Has.Count.EqualTo(6), string.Join('\n', lines));
        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Does.StartWith("Smoke test of http://127.0.0.1:"));
            Assert.That(lines[1], Is.EqualTo($"PASS Service and Cal.com are healthy (GET /health/ready): calcom: {LongDescription}"));
            Assert.That(lines[2], Does.StartWith("PASS Create a test booking (POST /api/slots/reserve): Booked abc123 (confirmed)"));
            Assert.That(lines[3], Is.EqualTo("PASS Cancel the test booking (POST /api/bookings/{id}/cancel): Cancelled abc123."));
            Assert.That(lines[4], Does.StartWith("Correlation id of this run: smoke-"));
            Assert.That(lines[5], Is.EqualTo("Smoke test passed."));
            Assert.That(string.Concat(lines), Does.Not.Contain("\u001b"));
        });
    }

    private static async Task<WebApplication> StartStubApiAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/health/ready", () => Results.Json(new
        {
            status = "healthy",
            checks = new[] { new { name = "calcom", status = "healthy", description = LongDescription } },
        }));
        app.MapPost("/api/slots/reserve", () => Results.Json(new { reservationId = "abc123", status = "confirmed" }, statusCode: StatusCodes.Status201Created));
        app.MapPost("/api/bookings/{id}/cancel", (string id) => Results.Json(new { reservationId = id, status = "cancelled" }));
        await app.StartAsync();
        return app;
    }

    private static async Task<(int ExitCode, List<string> Lines)> RunSmokeAsync(string api)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Booking.Smoke.dll"), "--api", api },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Remove("BOOKING_API_KEY");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var text = await output + await errors;
        return (process.ExitCode, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToList());
    }
}
