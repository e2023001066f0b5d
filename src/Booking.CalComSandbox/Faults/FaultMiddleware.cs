using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace Booking.CalComSandbox.Faults;

internal sealed class FaultMiddleware(RequestDelegate next, FaultQueue faults)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var fault = faults.TryTake(context.Request.Method, context.Request.Path.Value ?? "");
        if (fault is null)
        {
            await next(context);
            return;
        }

        switch (fault.Kind)
        {
            case FaultKinds.Status:
                context.Features.Set(new AppliedFault(fault.Kind, SuppressedResponse: false));
                await WriteVerbatimAsync(context, fault);
                break;
            case FaultKinds.Delay:
                context.Features.Set(new AppliedFault(fault.Kind, SuppressedResponse: false));
                await DelayAsync(context, TimeSpan.FromMilliseconds(fault.DelayMs));
                await next(context);
                break;
            case FaultKinds.Drop:
                context.Features.Set(new AppliedFault(fault.Kind, SuppressedResponse: true));
                context.Abort();
                break;
            case FaultKinds.LostResponse:
                context.Features.Set(new AppliedFault(fault.Kind, SuppressedResponse: true));
                await RunWithBufferedResponseAsync(context);
                context.Abort();
                break;
            case FaultKinds.Malformed:
                context.Features.Set(new AppliedFault(fault.Kind, SuppressedResponse: false));
                await WriteTruncatedAsync(context, fault);
                break;
            default:
                await next(context);
                break;
        }
    }

    private static Task DelayAsync(HttpContext context, TimeSpan delay)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<DelaysWithinOperation>() is not null)
        {
            context.Features.Set(new ProcessingDelay(delay));
            return Task.CompletedTask;
        }

        // Not cancelled when the caller leaves: Cal.com keeps working on a request whose client timed out.
        return Task.Delay(delay, CancellationToken.None);
    }

    private static async Task WriteVerbatimAsync(HttpContext context, SandboxFault fault)
    {
        context.Response.StatusCode = fault.Status ?? StatusCodes.Status500InternalServerError;
        foreach (var (name, value) in fault.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (fault.Body is { } body)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(body.GetRawText(), context.RequestAborted);
        }
    }

    private async Task<byte[]> RunWithBufferedResponseAsync(HttpContext context)
    {
        // A body feature without a prior feature keeps the real response unstarted while the operation writes.
        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        using var buffer = new MemoryStream();
        var buffering = new StreamResponseBodyFeature(buffer);
        context.Features.Set<IHttpResponseBodyFeature>(buffering);
        try
        {
            await next(context);
            await buffering.CompleteAsync();
        }
        finally
        {
            context.Features.Set(original);
        }

        return buffer.ToArray();
    }

    private async Task WriteTruncatedAsync(HttpContext context, SandboxFault fault)
    {
        var real = await RunWithBufferedResponseAsync(context);
        var truncated = real.Length > 1 ? real.AsMemory(0, real.Length / 2) : Encoding.UTF8.GetBytes("{\"status\":\"succ");
        context.Response.StatusCode = fault.Status ?? context.Response.StatusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = truncated.Length;
        foreach (var (name, value) in fault.Headers)
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.Body.WriteAsync(truncated, context.RequestAborted);
    }
}
