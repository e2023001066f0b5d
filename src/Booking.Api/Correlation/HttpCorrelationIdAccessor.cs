using Booking.Application.Common.Interfaces;

namespace Booking.Api.Correlation;

public sealed class HttpCorrelationIdAccessor(IHttpContextAccessor httpContextAccessor) : ICorrelationIdAccessor
{
    public string? CorrelationId => httpContextAccessor.HttpContext is { } context ? CorrelationIdMiddleware.Get(context) : null;
}
