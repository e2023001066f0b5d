using Booking.Application.Common.Interfaces;

namespace Booking.Benchmarks;

/// <summary>Every booking carries a correlation id, as behind the API's middleware, so the gateway forwards one.</summary>
public sealed class FixedCorrelationIdAccessor : ICorrelationIdAccessor
{
    public string? CorrelationId => "3f0c5d0e8f5e4b7c9a1d2e3f4a5b6c7d";
}
