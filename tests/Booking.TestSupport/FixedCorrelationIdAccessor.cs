using Booking.Application.Common.Interfaces;

namespace Booking.TestSupport;

/// <summary>The correlation id the API's middleware would provide, set by the test (or the benchmark) itself.</summary>
public sealed class FixedCorrelationIdAccessor : ICorrelationIdAccessor
{
    public string? CorrelationId { get; set; }
}
