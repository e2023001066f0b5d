using System.Net;
using System.Text.Json.Nodes;
using Booking.CalComSandbox.Tests.Support;

namespace Booking.CalComSandbox.Tests;

public sealed class ServerHostingTests
{
    [Test]
    public async Task StartAsync_WithDefaults_BindsAFreeLoopbackPortAndExposesTheSandboxKey()
    {
        await using var server = await CalComSandboxServer.StartAsync(new SandboxOptions());

        Assert.Multiple(() =>
        {
            Assert.That(server.BaseAddress.Host, Is.EqualTo("127.0.0.1"));
            Assert.That(server.BaseAddress.Port, Is.GreaterThan(0));
            Assert.That(server.V2BaseAddress.ToString(), Is.EqualTo(server.BaseAddress + "v2/"));
            Assert.That(server.ApiKey, Is.EqualTo(SandboxDefaults.ApiKey));
            Assert.That(server.BookingCount, Is.Zero);
        });
    }

    [Test]
    public async Task StartAsync_WithConfiguredKey_AcceptsOnlyThatKey()
    {
        await using var server = await CalComSandboxServer.StartAsync(new SandboxOptions { ApiKey = "cal_test_other_key" });
        using var http = new HttpClient { BaseAddress = server.V2BaseAddress };

        using var configured = await GetEventTypeAsync(http, "cal_test_other_key");
        using var defaultKey = await GetEventTypeAsync(http, SandboxDefaults.ApiKey);

        Assert.Multiple(() =>
        {
            Assert.That(configured.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(defaultKey.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        });
    }

    [Test]
    public async Task DisposeAsync_WithDelayedRequestInFlight_StopsQuickly()
    {
        var server = await CalComSandboxServer.StartAsync(new SandboxOptions());
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using (var queued = await http.PostAsync(
            new Uri("_sandbox/faults", UriKind.Relative),
            new StringContent("{\"path\":\"/v2/bookings/\",\"kind\":\"delay\",\"delayMs\":5000}", System.Text.Encoding.UTF8, "application/json")))
        {
            queued.EnsureSuccessStatusCode();
        }

        var inFlight = http.GetAsync(new Uri("v2/bookings/any", UriKind.Relative));
        await Task.Delay(100);
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        await server.DisposeAsync();
        stopwatch.Stop();

        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
        Assert.That(async () => (await inFlight).Dispose(), Throws.InstanceOf<HttpRequestException>());
    }

    [Test]
    public void StartAsync_WithKeyWithoutCalPrefix_Throws()
    {
        Assert.That(
            async () => await CalComSandboxServer.StartAsync(new SandboxOptions { ApiKey = "secret" }),
            Throws.ArgumentException.With.Message.Contains("cal_"));
    }

    [Test]
    public async Task StartAsync_WithSeedFile_ServesThoseEventTypes()
    {
        var seedFile = Path.Combine(Path.GetTempPath(), $"sandbox-seed-{Guid.NewGuid():N}.json");
        var seed = new JsonObject
        {
            ["host"] = new JsonObject
            {
                ["id"] = 7, ["name"] = "Other Host", ["email"] = "other@example.com", ["username"] = "other", ["timeZone"] = "UTC",
            },
            ["eventTypes"] = new JsonArray(new JsonObject { ["id"] = 42, ["slug"] = "quick", ["title"] = "Quick", ["lengthInMinutes"] = 10 }),
        };
        await File.WriteAllTextAsync(seedFile, seed.ToJsonString());
        try
        {
            await using var server = await CalComSandboxServer.StartAsync(new SandboxOptions { SeedFile = seedFile });
            using var http = new HttpClient { BaseAddress = server.V2BaseAddress };

            using var custom = await GetEventTypeAsync(http, server.ApiKey, 42);
            using var shipped = await GetEventTypeAsync(http, server.ApiKey, SeedIds.ThirtyMinutes);
            var data = JsonNode.Parse(await custom.Content.ReadAsStringAsync())!["data"]!;

            Assert.Multiple(() =>
            {
                Assert.That((int)data["lengthInMinutes"]!, Is.EqualTo(10));
                Assert.That((int)data["ownerId"]!, Is.EqualTo(7));
                Assert.That(shipped.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            });
        }
        finally
        {
            File.Delete(seedFile);
        }
    }

    [Test]
    public async Task ShippedSeed_HasTheSpecExampleEventType()
    {
        await using var server = await CalComSandboxServer.StartAsync(new SandboxOptions());
        using var http = new HttpClient { BaseAddress = server.V2BaseAddress };

        using var response = await GetEventTypeAsync(http, server.ApiKey, SeedIds.ThirtyMinutes);
        var data = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!;

        Assert.Multiple(() =>
        {
            Assert.That((string?)data["title"], Is.EqualTo("30 Min Meeting"));
            Assert.That((int)data["lengthInMinutes"]!, Is.EqualTo(30));
            Assert.That(data["confirmationPolicy"], Is.Null);
        });
    }

    private static async Task<HttpResponseMessage> GetEventTypeAsync(HttpClient http, string apiKey, int id = SeedIds.ThirtyMinutes)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"event-types/{id}", UriKind.Relative));
        request.Headers.Add("cal-api-version", Versions.EventTypes);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", apiKey);
        return await http.SendAsync(request);
    }
}
