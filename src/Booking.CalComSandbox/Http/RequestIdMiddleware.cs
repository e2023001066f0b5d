namespace Booking.CalComSandbox.Http;

internal sealed class RequestIdMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.Headers["X-Request-Id"] = Guid.NewGuid().ToString();
        return next(context);
    }
}
