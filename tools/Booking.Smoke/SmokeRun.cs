using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Booking.Smoke;

/// <summary>
/// The smoke test: the service and its Cal.com connection are healthy, a test booking can be made through the API,
/// and it can be cancelled again. A step runs only when the ones before it passed; nothing is faked, so a missing
/// route or a failing Cal.com shows up as a failed step with the reason.
/// </summary>
/// <param name="api">A client whose <see cref="HttpClient.BaseAddress"/> is the API's root (ending in <c>/</c>).</param>
public sealed class SmokeRun(HttpClient api, SmokeOptions options, TimeProvider? timeProvider = null)
{
    public const string HealthStep = "Service and Cal.com are healthy (GET /health/ready)";
    public const string BookStep = "Create a test booking (POST /api/slots/reserve)";
    public const string CancelStep = "Cancel the test booking (POST /api/bookings/{id}/cancel)";

    /// <summary>A random slot can be taken on a busy calendar; a few more tries tell that apart from a broken API.</summary>
    public const int BookingAttempts = 3;

    private const string CorrelationHeader = "x-correlation-id";
    private const string ApiKeyHeader = "X-Api-Key";
    private readonly TimeProvider clock = timeProvider ?? TimeProvider.System;
    private readonly string correlationId = "smoke-" + Guid.NewGuid().ToString("N");

    public async Task<SmokeReport> RunAsync(ISmokeObserver? observer = null, CancellationToken cancellationToken = default)
    {
        var steps = new List<SmokeStepResult>();
        string? reservationId = null;

        async Task<bool> RunStepAsync(string name, Func<Task<SmokeStepResult>> step)
        {
            observer?.StepStarted(name);
            SmokeStepResult result;
            try
            {
                result = await step();
            }
            catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                result = new SmokeStepResult(name, SmokeOutcome.Failed, $"The API at {api.BaseAddress} did not answer: {failure.Message}");
            }

            steps.Add(result);
            observer?.StepFinished(result);
            return result.Outcome == SmokeOutcome.Passed;
        }

        var passed = await RunStepAsync(HealthStep, () => CheckReadinessAsync(cancellationToken))
            && await RunStepAsync(BookStep, async () =>
            {
                var (result, id) = await BookAsync(cancellationToken);
                reservationId = id;
                return result;
            })
            && await RunStepAsync(CancelStep, () => CancelAsync(reservationId!, cancellationToken));

        if (!passed)
        {
            foreach (var name in new[] { HealthStep, BookStep, CancelStep }.Skip(steps.Count))
            {
                var skipped = new SmokeStepResult(name, SmokeOutcome.Skipped, "Not run: an earlier step failed.");
                steps.Add(skipped);
                observer?.StepFinished(skipped);
            }
        }

        return new SmokeReport(steps, correlationId);
    }

    private async Task<SmokeStepResult> CheckReadinessAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, "health/ready", body: null, cancellationToken);
        var checks = await ReadJsonAsync(response, cancellationToken) is JsonObject report && report["checks"] is JsonArray entries
            ? string.Join(" ", entries.Select(entry => $"{entry?["name"]}: {entry?["description"]}"))
            : null;

        return response.StatusCode switch
        {
            HttpStatusCode.OK => new(HealthStep, SmokeOutcome.Passed, checks ?? "Ready."),
            HttpStatusCode.ServiceUnavailable => new(HealthStep, SmokeOutcome.Failed, $"Not ready. {checks}".TrimEnd()),
            _ => new(HealthStep, SmokeOutcome.Failed, await DescribeAsync(response, cancellationToken)),
        };
    }

    private async Task<(SmokeStepResult Result, string? ReservationId)> BookAsync(CancellationToken cancellationToken)
    {
        var taken = new List<string>();
        for (var attempt = 1; attempt <= BookingAttempts; attempt++)
        {
            var (start, end) = RandomFutureSlot();
            using var response = await SendAsync(HttpMethod.Post, "api/slots/reserve", BookingBody(start, end), cancellationToken);
            if (response.StatusCode == HttpStatusCode.Conflict)
            {
                taken.Add(start);
                continue;
            }

            if (response.StatusCode != HttpStatusCode.Created)
            {
                return (new(BookStep, SmokeOutcome.Failed, await DescribeAsync(response, cancellationToken)), null);
            }

            var booking = await ReadJsonAsync(response, cancellationToken);
            var id = (string?)booking?["reservationId"];
            return id is null
                ? (new(BookStep, SmokeOutcome.Failed, "HTTP 201 without a reservationId in the body."), null)
                : (new(BookStep, SmokeOutcome.Passed, $"Booked {id} ({booking?["status"]}) on event type {options.EventTypeId} at {start}."), id);
        }

        return (new(BookStep, SmokeOutcome.Failed,
            $"HTTP 409 SLOT_UNAVAILABLE for {BookingAttempts} random slots ({string.Join(", ", taken)}); is event type {options.EventTypeId} bookable?"), null);
    }

    private async Task<SmokeStepResult> CancelAsync(string reservationId, CancellationToken cancellationToken)
    {
        var path = $"api/bookings/{Uri.EscapeDataString(reservationId)}/cancel";
        using var response = await SendAsync(HttpMethod.Post, path, new JsonObject(), cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return new(CancelStep, SmokeOutcome.Passed, $"Cancelled {reservationId}.");
        }

        var failure = await DescribeAsync(response, cancellationToken);
        var stillBooked = $"Test booking {reservationId} is still booked: cancel it in Cal.com.";
        var noRoute = response.StatusCode == HttpStatusCode.MethodNotAllowed || failure.Contains(" NOT_FOUND", StringComparison.Ordinal);
        return new(CancelStep, SmokeOutcome.Failed, noRoute
            ? $"The API has no cancel route ({failure}). {stillBooked}"
            : $"{failure}. {stillBooked}");
    }

    private (string Start, string End) RandomFutureSlot()
    {
        var start = clock.GetUtcNow().UtcDateTime.Date
            .AddDays(Random.Shared.Next(30, 365))
            .AddMinutes(30 * Random.Shared.Next(0, 48));
        return (Format(start), Format(start.AddMinutes(options.LengthMinutes)));
    }

    private JsonObject BookingBody(string start, string end) => new()
    {
        ["eventTypeId"] = options.EventTypeId.ToString(CultureInfo.InvariantCulture),
        ["start"] = start,
        ["end"] = end,
        ["attendee"] = new JsonObject { ["name"] = "Booking API smoke test", ["email"] = "smoke-test@example.com" },
        ["timezone"] = "UTC",
        ["metadata"] = new JsonObject { ["notes"] = "Made by the Booking API smoke test, which cancels it again." },
    };

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Add(CorrelationHeader, correlationId);
        if (options.ApiKey is { } apiKey)
        {
            request.Headers.Add(ApiKeyHeader, apiKey);
        }
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        return await api.SendAsync(request, cancellationToken);
    }

    /// <summary>"HTTP 404 NOT_FOUND: No such route." from the error envelope, or just the status without one.</summary>
    private static async Task<string> DescribeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = $"HTTP {(int)response.StatusCode}";
        return await ReadJsonAsync(response, cancellationToken) is JsonObject { } root && root["error"] is JsonObject error
            ? $"{status} {error["code"]}: {error["message"]}"
            : status;
    }

    private static async Task<JsonNode?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Format(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
