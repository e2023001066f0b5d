namespace Booking.CalComSandbox.Http;

/// <summary>The one place that turns a failure into the body shape Cal.com would have sent.</summary>
internal sealed class ProblemMiddleware(RequestDelegate next, ILogger<ProblemMiddleware> logger)
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
                ErrorShape.CodedEnvelope => ErrorEnvelope.WriteCodedAsync(context, problem.StatusCode, problem.Code!, problem.Message),
                ErrorShape.NestException => NestError.WriteExceptionAsync(context, problem.StatusCode, problem.Message),
                _ => NestError.WriteHttpErrorAsync(context, problem.StatusCode, problem.Message),
            });
        }
        catch (Exception unexpected) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            // A sandbox bug should look like Cal.com's own unhandled errors, not like a dead upstream.
            logger.LogError(unexpected, "Sandbox failed on {Method} {Path}", context.Request.Method, context.Request.Path);
            await NestError.WriteHttpErrorAsync(context, StatusCodes.Status500InternalServerError, CalComMessages.InternalServerError);
        }
    }
}
