using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Booking.Infrastructure.Tests.Support;

/// <summary>
/// A real HTTP server on 127.0.0.1 (random port) that records every request and answers from a queue of
/// scripted replies, so the gateway's whole HTTP pipeline runs for real.
/// </summary>
public sealed class CalComStubServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<StubReply> replies = new();
    private readonly ConcurrentQueue<RecordedRequest> requests = new();

    private CalComStubServer()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        app = builder.Build();
        app.Run(AnswerAsync);
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The Cal.com v2 root on this server, as configured in <c>CalCom__BaseUrl</c>.</summary>
    public string V2BaseUrl => new Uri(BaseAddress, "v2").ToString();

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    public static async Task<CalComStubServer> StartAsync()
    {
        var server = new CalComStubServer();
        await server.app.StartAsync();
        var address = server.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    public void Enqueue(params StubReply[] scripted)
    {
        foreach (var reply in scripted)
        {
            replies.Enqueue(reply);
        }
    }

    public void Reset()
    {
        replies.Clear();
        requests.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path, context.Request.QueryString.Value ?? string.Empty, headers, body));

        var reply = replies.TryDequeue(out var next)
            ? next
            : StubReply.Json(500, """{"statusCode":500,"message":"stub: no reply scripted"}""");

        if (!await WaitAsync(reply.Delay, context.RequestAborted))
        {
            return;
        }

        if (reply.AbortConnection)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = reply.StatusCode;
        foreach (var (name, value) in reply.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (reply.Body is null)
        {
            return;
        }

        context.Response.ContentType = reply.ContentType;
        if (reply.BodyDelay > TimeSpan.Zero)
        {
            await context.Response.StartAsync(context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            if (!await WaitAsync(reply.BodyDelay, context.RequestAborted))
            {
                return;
            }
        }

        await context.Response.WriteAsync(reply.Body, context.RequestAborted);
    }

    private static async Task<bool> WaitAsync(TimeSpan delay, CancellationToken requestAborted)
    {
        if (delay <= TimeSpan.Zero)
        {
            return true;
        }

        try
        {
            await Task.Delay(delay, requestAborted);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
