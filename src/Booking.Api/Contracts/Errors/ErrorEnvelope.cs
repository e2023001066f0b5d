namespace Booking.Api.Contracts.Errors;

/// <summary>The one shape of every error: <c>{"error":{code,message,details,timestamp,correlationId}}</c>.</summary>
public sealed record ErrorEnvelope(ErrorBody Error);
