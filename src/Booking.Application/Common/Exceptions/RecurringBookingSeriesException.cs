namespace Booking.Application.Common.Exceptions;

/// <summary>
/// The uid names a recurring series, for which Cal.com answers with all its occurrences; this API reads, cancels and
/// reschedules single bookings, so the caller must use the uid of one occurrence.
/// </summary>
public sealed class RecurringBookingSeriesException(string reason) : Exception(reason);
