namespace Booking.Api.Contracts.Errors;

/// <param name="Code">A stable code from the error table, e.g. <c>SLOT_UNAVAILABLE</c>.</param>
/// <param name="Message">A sentence for humans.</param>
/// <param name="Details">For <c>VALIDATION_ERROR</c> a list of <see cref="FieldErrorResponse"/>; otherwise a sentence.</param>
/// <param name="Timestamp">When the error happened, UTC ISO-8601 with milliseconds.</param>
/// <param name="CorrelationId">The request's <c>x-correlation-id</c>, to quote when asking for help.</param>
public sealed record ErrorBody(string Code, string Message, object Details, string Timestamp, string? CorrelationId);
