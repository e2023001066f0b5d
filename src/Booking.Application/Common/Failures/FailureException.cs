using Booking.Domain.Bookings;
using Booking.Domain.Common;

namespace Booking.Application.Common.Failures;

/// <summary>A use case failed in a way the client is told about; <see cref="Kind"/> says which, the message why.</summary>
public sealed class FailureException(FailureKind kind, string reason, Exception? inner = null) : Exception(reason, inner)
{
    public FailureKind Kind { get; } = kind;

    /// <summary>For <see cref="FailureKind.InvalidRequest"/>: every invalid field.</summary>
    public IReadOnlyList<FieldError> Errors { get; private init; } = [];

    /// <summary>For <see cref="FailureKind.RateLimited"/>: when a call can be made again.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public static FailureException Invalid(IReadOnlyList<FieldError> errors) =>
        new(FailureKind.InvalidRequest, "One or more fields are invalid.") { Errors = errors };

    public static FailureException Invalid(string field, string message) => Invalid([new FieldError(field, message)]);

    /// <summary>
    /// The failure a client is told about for <paramref name="exception"/>: the domain's refusals become their failure
    /// kinds here, in one place. Null for anything else, which is a fault of this service.
    /// </summary>
    public static FailureException? Of(Exception exception) => exception switch
    {
        FailureException failure => failure,
        DomainException invalid => Invalid(invalid.Field, invalid.Message),
        BookingChangeRefusedException { Change: BookingChange.Cancel } refused => new(FailureKind.BookingNotCancellable, refused.Message, refused),
        BookingChangeRefusedException { Change: BookingChange.Reschedule } refused => new(FailureKind.BookingNotReschedulable, refused.Message, refused),
        _ => null,
    };
}
