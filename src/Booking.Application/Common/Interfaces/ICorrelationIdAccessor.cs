namespace Booking.Application.Common.Interfaces;

/// <summary>The correlation id of the request being served, so outgoing calls can forward it.</summary>
public interface ICorrelationIdAccessor
{
    string? CorrelationId { get; }
}
