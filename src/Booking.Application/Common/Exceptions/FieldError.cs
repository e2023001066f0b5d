namespace Booking.Application.Common.Exceptions;

/// <summary>One invalid field (JSON path in camelCase, e.g. <c>attendee.email</c>) and why.</summary>
public sealed record FieldError(string Field, string Message);
