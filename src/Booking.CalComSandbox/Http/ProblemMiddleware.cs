namespace Booking.CalComSandbox.Http;

/// <summary>The one place that turns an expected failure into the body shape Cal.com would have sent.</summary>
internal sealed class ProblemMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (CalComProblemException problem) when (!context.Response.HasStarted)
        {
            await (problem.Shape switch
            {
                ErrorShape.Envelope => ErrorEnvelope.WriteAsync(context, problem.StatusCode, problem.Message, problem.Details),
                ErrorShape.NestException => NestError.WriteExceptionAsync(context, problem.StatusCode, problem.Message),
                _ => NestError.WriteHttpErrorAsync(context, problem.StatusCode, problem.Message),
            });
        }
    }
}
