namespace Booking.Domain.Common;

/// <summary>One invalid input, named by its path as the client wrote it (e.g. <c>attendee.email</c>), and why.</summary>
public sealed record FieldError(string Field, string Message);
