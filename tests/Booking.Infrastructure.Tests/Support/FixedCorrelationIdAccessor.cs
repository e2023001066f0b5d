using Booking.Application.Common.Interfaces;

namespace Booking.Infrastructure.Tests.Support;

public sealed class FixedCorrelationIdAccessor : ICorrelationIdAccessor
{
    public string? CorrelationId { get; set; }
}
