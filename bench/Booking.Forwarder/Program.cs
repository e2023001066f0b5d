using System.Net.Http.Headers;

// Passes POST /v2/bookings to the upstream Cal.com (the sandbox in bench/run.sh) and returns its reply as it is:
// no validation, mapping, mediator or logging per request. What it costs is the floor for any HTTP gateway.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);

var upstream = new Uri(builder.Configuration["Forwarder:Upstream"] ?? "http://127.0.0.1:5080/", UriKind.Absolute);
builder.Services.AddHttpClient("upstream", client => client.BaseAddress = upstream).RemoveAllLoggers();

var app = builder.Build();

string[] forwardedHeaders = ["Authorization", "cal-api-version", "x-correlation-id"];

app.MapPost("/v2/bookings", async (HttpContext context, IHttpClientFactory clients) =>
{
    using var request = new HttpRequestMessage(HttpMethod.Post, "v2/bookings");
    foreach (var name in forwardedHeaders)
    {
        if (context.Request.Headers.TryGetValue(name, out var value))
        {
            request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)value);
        }
    }

    request.Content = new StreamContent(context.Request.Body);
    request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(context.Request.ContentType ?? "application/json");
    request.Content.Headers.ContentLength = context.Request.ContentLength;

    using var response = await clients.CreateClient("upstream")
        .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);

    context.Response.StatusCode = (int)response.StatusCode;
    context.Response.ContentType = response.Content.Headers.ContentType?.ToString();
    context.Response.ContentLength = response.Content.Headers.ContentLength;
    await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
});

await app.RunAsync();
