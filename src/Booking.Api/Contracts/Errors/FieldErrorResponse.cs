namespace Booking.Api.Contracts.Errors;

/// <summary>One invalid field: its JSON path in the request (e.g. <c>attendee.email</c>) and what is wrong.</summary>
public sealed record FieldErrorResponse(string Field, string Message);
