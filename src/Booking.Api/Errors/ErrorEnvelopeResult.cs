using Microsoft.AspNetCore.Mvc;

namespace Booking.Api.Errors;

/// <summary>An MVC result that writes an <see cref="ApiError"/> through the one <see cref="ErrorResponseWriter"/>.</summary>
public sealed class ErrorEnvelopeResult(ApiError error) : IActionResult
{
    public ApiError Error { get; } = error;

    public Task ExecuteResultAsync(ActionContext context) =>
        context.HttpContext.RequestServices.GetRequiredService<ErrorResponseWriter>().WriteAsync(context.HttpContext, Error);
}
